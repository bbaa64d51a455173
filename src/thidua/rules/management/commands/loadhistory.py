"""thidua loadhistory FILE (.json or .xlsx) [--dry-run] [--format table|json]"""

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from thidua.core.formats import format_number
from thidua.rules.loadhistory import LoadResult, history_load

KEY_LABELS = {
    "organizations": "Đơn vị",
    "people": "Cá nhân",
    "ratings": "Xếp loại",
    "awards": "Khen thưởng",
    "initiatives": "Sáng kiến",
    "disciplines": "Kỷ luật",
    "settings": "Thiết lập tỉnh",
}


class Command(BaseCommand):
    help = "Nạp lịch sử thi đua (đơn vị, cá nhân, xếp loại, khen thưởng, sáng kiến, kỷ luật) từ tệp .json hoặc .xlsx."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="tệp .json hoặc .xlsx")
        parser.add_argument(
            "--dry-run", action="store_true", help="chỉ kiểm tra, không ghi dữ liệu"
        )
        parser.add_argument("--format", choices=["table", "json"], default="table")

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"Không tìm thấy tệp «{path}».", returncode=1)
        result = history_load(actor=None, path=path, dry_run=options["dry_run"])
        if options["format"] == "json":
            self.stdout.write(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
        else:
            self._table(result)
        if not result.ok:
            raise CommandError(result.message, returncode=1)

    def _table(self, result: LoadResult) -> None:
        for message in result.errors:
            self.stderr.write(f"Lỗi – {message}")
        for message in result.warnings:
            self.stderr.write(f"Cảnh báo – {message}")
        if not result.ok:
            return
        self.stdout.write(result.message)
        self.stdout.write(f"  {'':<16}{'thêm mới':>10}{'cập nhật':>10}{'không đổi':>11}")
        for key, label in KEY_LABELS.items():
            c = result.counts.get(key)
            if c:
                self.stdout.write(
                    f"  {label:<16}{format_number(c['created']):>10}{format_number(c['updated']):>10}"
                    f"{format_number(c['unchanged']):>11}"
                )
