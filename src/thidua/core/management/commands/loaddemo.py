"""`thidua loaddemo [--force] [--dry-run]`: load the demo data into an empty database."""

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from thidua.core.demo import accounts_table, demo_accounts, load_demo
from thidua.core.demo.plan import build_plan
from thidua.movements.demo import load_demo_movements


class Command(BaseCommand):
    help = "Nạp dữ liệu mẫu (đơn vị, cá nhân hư cấu, tài khoản theo vai trò) vào CSDL trống."

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
        if result.loaded and not no_accounts:
            self.stdout.write(accounts_table(demo_accounts()))
