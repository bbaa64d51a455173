"""thidua reward --title LDTT --subject ca_nhan --date 2024-12-20 [--rounding ceil|nearest] [--format json|table]"""

import datetime as dt
import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from thidua.core.formats import format_date, format_number
from thidua.organizations.models import Organization
from thidua.rules.models import TAG_FLAGS, AwardType, Subject
from thidua.rules.selectors.catalogue import RewardError, reward_compute


def parse_date(text: str) -> dt.date:
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise CommandError(
        f"Ngày «{text}» không hợp lệ; hãy nhập theo dạng 2024-12-20 hoặc 20/12/2024.", returncode=1
    )


def flag(tag: str) -> str:
    return f" [{TAG_FLAGS[tag]}]" if tag in TAG_FLAGS else ""


class Command(BaseCommand):
    help = (
        "Tính tiền thưởng: hệ số × mức lương cơ sở tại ngày ký quyết định, làm tròn theo thiết lập."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--title", required=True, help="mã danh hiệu, hình thức (ví dụ LDTT)")
        parser.add_argument("--subject", default=Subject.CA_NHAN, choices=Subject.values)
        parser.add_argument("--date", required=True, help="ngày ký quyết định (2024-12-20)")
        parser.add_argument(
            "--rounding", choices=["ceil", "nearest"], help="mặc định: theo thiết lập của tỉnh"
        )
        parser.add_argument("--province", help="mã tỉnh (lấy cách làm tròn của tỉnh)")
        parser.add_argument("--format", choices=["table", "json"], default="table")

    def handle(self, *args: Any, **options: Any) -> None:
        day = parse_date(options["date"])
        code = options["title"].strip().upper()
        if not AwardType.objects.filter(code=code).exists():
            raise CommandError(f"Không có danh hiệu, hình thức có mã «{code}».", returncode=1)
        province_id = None
        if options["province"]:
            province = Organization.objects.filter(code=options["province"]).first()
            if province is None:
                raise CommandError(f"Không có tỉnh có mã «{options['province']}».", returncode=1)
            province_id = province.pk
        try:
            amount, coefficient, salary = reward_compute(
                code=code,
                subject=options["subject"],
                day=day,
                rounding=options["rounding"],
                province_id=province_id,
            )
        except RewardError as error:
            raise CommandError(str(error), returncode=1) from None
        if options["format"] == "json":
            self.stdout.write(json.dumps(amount.as_dict(), ensure_ascii=False))
            return
        rounding = (
            "lên hàng chục nghìn đồng"
            if amount.rounding == "ceil"
            else "đến hàng chục nghìn đồng gần nhất"
        )
        multiplier = (
            f" × {format_number(coefficient.multiplier)}" if coefficient.multiplier != 1 else ""
        )
        lines = [
            f"Danh hiệu, hình thức: {coefficient.award_type.name} ({code}), {Subject(options['subject']).label}",
            f"Ngày ký quyết định: {format_date(day)}",
            f"Hệ số: {format_number(coefficient.coefficient)}{multiplier} — {coefficient.legal_basis}{flag(coefficient.tag)}",
            f"Mức lương cơ sở: {format_number(salary.amount)} đồng — {salary.legal_basis}{flag(salary.tag)}",
            f"Thành tiền: {format_number(amount.raw)} đồng",
            f"Làm tròn {rounding}: {format_number(amount.amount)} đồng",
        ]
        self.stdout.write("\n".join(lines))
