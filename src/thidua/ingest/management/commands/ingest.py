"""`thidua ingest FILE --format json|table`: extract the fields of one document."""

import logging
import sys
from pathlib import Path
from typing import Any, NoReturn

from django.core.management.base import BaseCommand, CommandError, CommandParser

from thidua.ingest.errors import IngestError
from thidua.ingest.render import render_json, render_table
from thidua.ingest.service import ingest_file

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Đọc một văn bản hành chính (.txt, .docx, .pdf) và trích xuất các trường thông tin."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="Đường dẫn tệp văn bản (.txt, .docx, .pdf có lớp chữ)")
        parser.add_argument(
            "--format",
            choices=["json", "table"],
            default="table",
            help="json: một đối tượng JSON cho chương trình; table: bảng cho người đọc",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        _use_utf8()
        try:
            result = ingest_file(Path(options["file"]))
        except IngestError as exc:
            self._fail(exc.message_vi)
        except Exception:  # never a traceback for a document we cannot parse
            logger.exception("ingest failed on %s", options["file"])
            self._fail("Lỗi không mong đợi khi phân tích văn bản; hãy báo cho quản trị viên.")
        rendered = render_json(result) if options["format"] == "json" else render_table(result)
        self.stdout.write(rendered)

    def _fail(self, message: str) -> NoReturn:
        """Exit 1 with a plain Vietnamese message on the command line; raise when called in code."""
        if getattr(self, "_called_from_command_line", False):
            self.stderr.write(f"Lỗi: {message}")
            raise SystemExit(1)
        raise CommandError(message, returncode=1)


def _use_utf8() -> None:
    """Vietnamese output must not depend on the terminal's locale (e.g. LANG=C in cron)."""
    for stream in (sys.stdout, sys.stderr):
        if (getattr(stream, "encoding", "") or "").lower() != "utf-8" and hasattr(
            stream, "reconfigure"
        ):
            stream.reconfigure(encoding="utf-8")
