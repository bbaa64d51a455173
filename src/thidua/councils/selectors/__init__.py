"""Reads of the councils app: access (access.py), meetings (meetings.py), ballots
(ballots.py) and the minutes of a dossier's meetings (documents.py)."""

from thidua.councils.selectors.documents import council_documents_for_dossier

__all__ = ["council_documents_for_dossier"]
