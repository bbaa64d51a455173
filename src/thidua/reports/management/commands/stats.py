"""thidua stats --year 2023 --org CODE [--format json|table]"""

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from thidua.organizations.models import Organization
from thidua.reports.selectors import StatsUnavailable, year_problem, year_stats_for
from thidua.reports.stats import YearStats, number_text, stats_dict


class Command(BaseCommand):
    help = (
        "Thống kê danh hiệu thi đua, hình thức khen thưởng của một năm cho một đơn vị "
        "(cá nhân, tập thể tại ngày 31/12 của năm)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--year", type=int, required=True, help="năm thống kê")
        parser.add_argument("--org", required=True, help="mã đơn vị")
        parser.add_argument("--format", choices=["table", "json"], default="table")

    def handle(self, *args: Any, **options: Any) -> None:
        problem = year_problem(options["year"])
        if problem:
            raise CommandError(problem, returncode=1)
        org = Organization.objects.filter(code=options["org"]).first()
        if org is None:
            raise CommandError(f"Không có đơn vị có mã «{options['org']}».", returncode=1)
        try:
            stats = year_stats_for(organization=org, year=options["year"])
        except StatsUnavailable as error:
            raise CommandError(str(error), returncode=1) from None
        if options["format"] == "json":
            self.stdout.write(json.dumps(stats_dict(stats), ensure_ascii=False))
        else:
            self._table(stats)

    def _table(self, stats: YearStats) -> None:
        write = self.stdout.write
        write(f"Năm {stats.year} — {stats.name} ({stats.code}), tính đến ngày 31/12/{stats.year}")
        write(
            f"Cá nhân: {number_text(stats.totals.ca_nhan)}; "
            f"tập thể trực thuộc: {number_text(stats.totals.tap_the)}"
        )
        if not stats.titles:
            write("Chưa có danh hiệu, hình thức khen thưởng nào được ghi nhận trong năm.")
        for row in stats.titles:
            write(f"- {row.sentence}")
        initiatives = "; ".join(
            f"{i.label.lower()} {number_text(i.count)}" for i in stats.initiatives
        )
        write(f"Sáng kiến được công nhận: {initiatives}")
