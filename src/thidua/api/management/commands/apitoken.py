"""`thidua apitoken USERNAME --name NAME`: issue an API token and print its secret once."""

import sys
from typing import Any, NoReturn

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from thidua.accounts.models import User
from thidua.api.services import api_token_create


class Command(BaseCommand):
    help = "Cấp mã truy cập API cho một tài khoản; mã bí mật chỉ hiện một lần."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username", help="tên đăng nhập của tài khoản dùng mã")
        parser.add_argument("--name", required=True, help="tên gợi nhớ, ví dụ hệ thống tích hợp")

    def handle(self, *args: Any, **options: Any) -> None:
        user = User.objects.filter(username=options["username"]).first()
        if user is None or not user.is_active:
            self._fail(f"Không có tài khoản đang hoạt động «{options['username']}».")
        try:
            token, secret = api_token_create(actor=None, user=user, name=options["name"])
        except ValidationError as error:
            self._fail(error.messages[0])
        self.stdout.write(f"Đã cấp mã «{token.name}» (tiền tố {token.prefix}) cho {user}.")
        self.stdout.write("Mã bí mật (chỉ hiện một lần, hãy lưu lại ngay):")
        self.stdout.write(secret)

    def _fail(self, message: str) -> NoReturn:
        if getattr(self, "_called_from_command_line", False):
            self.stderr.write(f"Lỗi: {message}")
            sys.exit(1)
        raise CommandError(message, returncode=1)
