"""Official documents: templates in the state format, rendering to .docx and .pdf, storage.

Other apps call `services.document_request` with a context in the schema of
docs/documents.md; `render.py` is the only module that knows docxtpl and LibreOffice.
"""
