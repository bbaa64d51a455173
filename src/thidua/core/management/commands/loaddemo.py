"""`thidua loaddemo [--force] [--dry-run]`: load the demo data into an empty database."""

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.test.utils import override_settings

from thidua.core.demo import accounts_table, demo_accounts, load_demo
from thidua.core.demo.plan import build_plan
from thidua.movements.demo import load_demo_movements
from thidua.nominations.demo import load_demo_nominations


class Command(BaseCommand):
    help = (
        "Nạp dữ liệu mẫu (đơn vị, cá nhân hư cấu, tài khoản theo vai trò, phong trào, đợt xét "
        "khen thưởng) vào CSDL trống."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--force",
            action="store_true",
            help="Nạp cả khi CSDL đã có đơn vị (nhưng chưa có dữ liệu mẫu).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Chỉ cho biết sẽ nạp những gì, không ghi."
        )
        parser.add_argument(
            "--no-accounts",
            action="store_true",
            help="Không in bảng tài khoản mẫu (make run in bảng bằng lệnh demoaccounts).",
        )

    def handle(
        self, *args: Any, force: bool, dry_run: bool, no_accounts: bool, **options: Any
    ) -> None:
        if dry_run:
            plan = build_plan()
            self.stdout.write(f"Sẽ nạp {len(plan.orgs)} đơn vị và {len(plan.people)} cá nhân.")
            return
        # the demo's addresses are .invalid: the loaders' notifications stay in the application
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
            self._load(force=force, no_accounts=no_accounts)

    def _load(self, *, force: bool, no_accounts: bool) -> None:
        result = load_demo(force=force)
        self.stdout.write(result.message)
        if result.loaded:
            self.stdout.write(
                f"{result.organizations} đơn vị, {result.people} cá nhân, "
                f"{result.employments} quá trình công tác, {result.accounts} tài khoản "
                f"({result.seconds:.1f} giây)."
            )
        # the seeds' movements; skips by itself when they are loaded or the units are missing
        self.stdout.write(load_demo_movements().message + "\n")
        # the review rounds of 2025 and 2026; skip by themselves when loaded or out of place
        rounds = load_demo_nominations()
        self.stdout.write(rounds.message)
        if rounds.loaded:
            self.stdout.write(
                f"{rounds.rounds} đợt xét, {rounds.dossiers} hồ sơ, {rounds.nominees} người và "
                f"tập thể được đề nghị, {rounds.decisions} quyết định, {rounds.certificates} "
                f"giấy chứng nhận ({rounds.seconds:.1f} giây)."
            )
        if result.loaded and not no_accounts:
            self.stdout.write(accounts_table(demo_accounts()))
