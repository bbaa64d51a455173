"""Background work of the documents app, run by `thidua db_worker` (django-tasks)."""

from django_tasks import task

from thidua.documents.services import document_generate


@task()
def generate_document(document_id: int) -> str:
    """Render a requested document (.docx and .pdf) and store it; returns its status."""
    return str(document_generate(document_id=document_id).status)
