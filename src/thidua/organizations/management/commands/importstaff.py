"""thidua importstaff FILE.xlsx [--skip-bad-rows] [--dry-run] [--format table|json]"""

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from thidua.core.formats import format_number
from thidua.organizations.imports.services import ImportResult, import_run

COUNT_LABELS = (
    ("rows", "Số dòng dữ liệu"),
    ("units_created", "Đơn vị thêm mới"),
    ("units_updated", "Đơn vị cập nhật"),
    ("units_unchanged", "Đơn vị không đổi"),
    ("people_created", "Cán bộ thêm mới"),
    ("people_updated", "Cán bộ cập nhật"),
    ("people_unchanged", "Cán bộ không đổi"),
    ("employments_started", "Quá trình công tác mới"),
    ("employments_updated", "Chức vụ cập nhật"),
    ("rows_skipped", "Dòng lỗi bị bỏ qua"),
)


class Command(BaseCommand):
    help = "Nhập đơn vị và cán bộ từ tệp Excel (.xlsx) theo mẫu của hệ thống."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="tệp .xlsx theo mẫu")
        parser.add_argument(
            "--skip-bad-rows", action="store_true", help="nhập các dòng đúng, bỏ qua dòng lỗi"
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="chỉ kiểm tra, không ghi dữ liệu"
        )
        parser.add_argument("--format", choices=["table", "json"], default="table")

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"Không tìm thấy tệp «{path}».", returncode=1)
        result = import_run(
            actor=None,
            file=path,
            skip_bad_rows=options["skip_bad_rows"],
            dry_run=options["dry_run"],
        )
        if options["format"] == "json":
            self.stdout.write(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
        else:
            self._print_table(result)
        if not result.ok:
            raise CommandError(result.message, returncode=1)

    def _print_table(self, result: ImportResult) -> None:
        for message in result.errors:
            self.stderr.write(f"Lỗi – {message}")
        for message in result.warnings:
            self.stderr.write(f"Cảnh báo – {message}")
        if not result.ok:
            return
        self.stdout.write(result.message)
        width = max(len(label) for _, label in COUNT_LABELS)
        for key, label in COUNT_LABELS:
            if key in result.counts:
                self.stdout.write(f"  {label:<{width}}  {format_number(result.counts[key]):>10}")
