"""The one exception the ingest package raises for bad input."""


class IngestError(Exception):
    """A document cannot be read; `message_vi` is shown to the user as is."""

    def __init__(self, message_vi: str) -> None:
        super().__init__(message_vi)
        self.message_vi = message_vi
