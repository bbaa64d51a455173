"""thidua eligibility --year 2024 [--org CODE] [--format json|table] [--eligible-only]"""

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from thidua.core.formats import format_number
from thidua.organizations.models import Organization
from thidua.rules.selectors.eligibility import EligibilityRun, result_dicts


class Command(BaseCommand):
    help = "Xét điều kiện đề nghị danh hiệu, hình thức khen thưởng của một năm cho một đơn vị và cấp dưới."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--year", type=int, required=True)
        parser.add_argument("--org", help="mã đơn vị (mặc định: tất cả)")
        parser.add_argument("--format", choices=["table", "json"], default="table")
        parser.add_argument(
            "--eligible-only", action="store_true", help="chỉ in các kết quả đủ điều kiện"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        year = options["year"]
        if not 1990 <= year <= 2100:
            raise CommandError(f"Năm {year} không hợp lệ.", returncode=1)
        org = None
        if options["org"]:
            org = Organization.objects.filter(code=options["org"]).first()
            if org is None:
                raise CommandError(f"Không có đơn vị có mã «{options['org']}».", returncode=1)
        run = EligibilityRun(year=year, org=org)
        only = options["eligible_only"]
        if options["format"] == "json":
            self._json(run, only)
        else:
            self._table(run, only)

    def _json(self, run: EligibilityRun, only: bool) -> None:
        """Streamed, so that 500.000 people do not have to fit in memory at once."""
        out = self.stdout
        out.write(f'{{"year": {run.year}, "results": [', ending="")
        first = True
        for result in run.results():
            for row in result_dicts(result, run.unit_code(result.facts)):
                if only and not row["eligible"]:
                    continue
                out.write(
                    ("\n" if first else ",\n") + json.dumps(row, ensure_ascii=False), ending=""
                )
                first = False
        quotas = json.dumps([q.as_dict() for q in run.quotas], ensure_ascii=False)
        out.write(f'\n], "quotas": {quotas}}}')

    def _table(self, run: EligibilityRun, only: bool) -> None:
        write = self.stdout.write
        write(f"Năm {run.year} — kết quả xét điều kiện (✓ đủ điều kiện đề nghị, ✗ chưa đủ)")
        for result in run.results():
            facts = result.facts
            for award in result.awards:
                if only and not award.eligible:
                    continue
                mark = "✓" if award.eligible else "✗"
                reason = next((c.message for c in award.checks if not c.passed), "")
                who = "Cá nhân" if facts.subject == "ca_nhan" else "Tập thể"
                write(
                    f"{mark} {who:<8} {facts.code:<14} {facts.name[:32]:<32} {award.title:<18} {reason}"
                )
        counts = run.counts
        write(
            f"Đã xét {format_number(counts['people'])} cá nhân, {format_number(counts['collectives'])} tập thể."
        )
        for q in run.quotas:
            over = " — VƯỢT TỶ LỆ, xem thứ tự gợi ý" if q.over else ""
            write(
                f"Tỷ lệ {q.organization}: {q.title} tối đa {format_number(float(q.max_share) * 100)}% số {q.base_title} "
                f"({q.base_count}) = {q.cap}; đủ điều kiện {q.eligible_count}{over}"
            )
            if q.over:
                for n, c in enumerate(q.ranking, start=1):
                    write(f"    {n}. {c.code} {c.name} — {c.reason}")
