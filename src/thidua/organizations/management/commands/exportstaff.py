"""thidua exportstaff OUT.xlsx [--org CODE]"""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from thidua.organizations.imports.export import staff_export
from thidua.organizations.models import Organization


class Command(BaseCommand):
    help = "Xuất đơn vị và cán bộ ra tệp Excel (.xlsx) theo mẫu nhập, để sửa rồi nhập lại."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("out", help="tệp .xlsx sẽ ghi")
        parser.add_argument(
            "--org", metavar="CODE", help="chỉ xuất đơn vị có mã này và các đơn vị trực thuộc"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        out = Path(options["out"])
        if out.suffix.lower() != ".xlsx":
            raise CommandError("Tên tệp xuất phải có đuôi .xlsx.", returncode=1)
        root = None
        if options["org"]:
            root = Organization.objects.filter(code=options["org"]).first()
            if root is None:
                raise CommandError(f"Không có đơn vị mã «{options['org']}».", returncode=1)
        try:
            out.write_bytes(staff_export(user=None, root=root))
        except OSError as failure:
            raise CommandError(
                f"Không ghi được tệp «{out}»: {failure.strerror}.", returncode=1
            ) from None
        self.stdout.write(f"Đã xuất ra {out}.")
