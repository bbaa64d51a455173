"""`thidua demoaccounts`: print the demo accounts, their roles and scopes."""

from typing import Any

from django.core.management.base import BaseCommand

from thidua.core.demo import accounts_table, demo_accounts


class Command(BaseCommand):
    help = "In danh sách tài khoản mẫu (tên đăng nhập, vai trò, phạm vi) và mật khẩu chung."

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(accounts_table(demo_accounts()))
