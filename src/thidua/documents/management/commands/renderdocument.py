"""`thidua renderdocument`: fill a template offline, or generate stored documents now.

thidua renderdocument ke_hoach --out ke-hoach.pdf [--context data.json] [--org CODE]
thidua renderdocument --pending           # documents waiting for a worker, rendered here
"""

import json
import sys
from pathlib import Path
from typing import Any, NoReturn

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from thidua.documents import registry
from thidua.documents.context import prepare_context
from thidua.documents.models import DocumentStatus, GeneratedDocument
from thidua.documents.render import DocumentRenderError, docx_to_pdf, render_docx
from thidua.documents.selectors import template_for
from thidua.documents.services import document_generate
from thidua.organizations.models import Organization


class Command(BaseCommand):
    help = "Tạo văn bản từ mẫu (.docx hoặc .pdf), hoặc tạo ngay các văn bản đang chờ."

    def add_arguments(self, parser: CommandParser) -> None:
        codes = ", ".join(s.code for s in registry.all_specs())
        parser.add_argument("code", nargs="?", help=f"mã mẫu: {codes}")
        parser.add_argument("--out", help="tệp kết quả, .docx hoặc .pdf")
        parser.add_argument(
            "--context", help="tệp JSON theo docs/documents.md (mặc định: dữ liệu mẫu)"
        )
        parser.add_argument("--org", help="mã đơn vị: dùng mẫu thay thế của đơn vị đó")
        parser.add_argument(
            "--pending", action="store_true", help="tạo ngay các văn bản đang chờ tiến trình nền"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            if options["pending"]:
                self._pending()
            elif options["code"] and options["out"]:
                self._render(options)
            else:
                raise CommandError("Cần mã mẫu và --out, hoặc --pending.", returncode=2)
        except (DocumentRenderError, ValidationError, OSError, ValueError) as error:
            self._fail(error.messages[0] if isinstance(error, ValidationError) else str(error))

    def _render(self, options: dict[str, Any]) -> None:
        out = Path(options["out"])
        if out.suffix not in (".docx", ".pdf"):
            raise CommandError("--out phải là tệp .docx hoặc .pdf.", returncode=2)
        organization = None
        if options["org"]:
            organization = Organization.objects.filter(code=options["org"]).first()
            if organization is None:
                raise ValueError(f"Không có đơn vị mã «{options['org']}».")
        resolved = template_for(options["code"], organization)
        spec = registry.get_spec(options["code"])
        raw = (
            json.loads(Path(options["context"]).read_text(encoding="utf-8"))
            if options["context"]
            else spec.sample()  # type: ignore[union-attr]  # template_for checked the code
        )
        data = render_docx(resolved.read(), prepare_context(raw))
        out.write_bytes(docx_to_pdf(data) if out.suffix == ".pdf" else data)
        self.stdout.write(f"Đã ghi {out} (mẫu {resolved.code}, phiên bản {resolved.version}).")

    def _pending(self) -> None:
        ids = GeneratedDocument.objects.filter(status=DocumentStatus.PENDING).values_list(
            "pk", flat=True
        )
        done = [document_generate(document_id=pk) for pk in list(ids)]
        ready = sum(1 for d in done if d.status == DocumentStatus.READY)
        self.stdout.write(f"Đã xử lý {len(done)} văn bản đang chờ: {ready} tạo xong.")

    def _fail(self, message: str) -> NoReturn:
        if getattr(self, "_called_from_command_line", False):
            self.stderr.write(f"Lỗi: {message}")
            sys.exit(1)
        raise CommandError(message, returncode=1)
