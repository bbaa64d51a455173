"""Background work of the decisions app, run by `thidua db_worker` (django-tasks)."""

from django_tasks import task

from thidua.decisions.services.certificates import certificates_render


@task()
def render_certificates(batch_id: int) -> str:
    """Draw a batch of certificates as one PDF and store it; returns its status."""
    return str(certificates_render(batch_id=batch_id).status)
