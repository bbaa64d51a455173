"""`thidua send_reminders [--date dd/mm/yyyy] [--enqueue] [--format table|json]`."""

import datetime as dt
import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from thidua.movements.services.reports import reminders_send
from thidua.movements.tasks import send_reminders


def _day(text: str) -> dt.date:
    try:
        return dt.datetime.strptime(text, "%d/%m/%Y").date()
    except ValueError:
        raise CommandError(f"Ngày «{text}» không hợp lệ; dùng dạng dd/mm/yyyy.") from None


class Command(BaseCommand):
    help = (
        "Nhắc các đơn vị chưa gửi báo cáo sắp đến hạn hoặc đã quá hạn (thông báo trong phần mềm "
        "và thư điện tử). Chạy hằng ngày (cron/systemd), hoặc --enqueue để giao cho db_worker."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--date", help="Tính như ngày này (dd/mm/yyyy); mặc định hôm nay.")
        parser.add_argument(
            "--enqueue", action="store_true", help="Đưa vào hàng đợi cho `thidua db_worker`."
        )
        parser.add_argument("--format", choices=["table", "json"], default="table")

    def handle(self, *args: Any, **options: Any) -> None:
        day = _day(options["date"]) if options["date"] else timezone.localdate()
        if options["enqueue"]:
            result = send_reminders.enqueue(day=day.isoformat())
            self.stdout.write(
                f"Đã đưa việc nhắc hạn ngày {day:%d/%m/%Y} vào hàng đợi ({result.id})."
            )
            return
        done = reminders_send(today=day)
        if options["format"] == "json":
            self.stdout.write(
                json.dumps(
                    {
                        "day": day.isoformat(),
                        "checked": done.checked,
                        "notifications": done.notifications,
                        "without_recipient": done.without_recipient,
                    },
                    ensure_ascii=False,
                )
            )
            return
        self.stdout.write(
            f"Ngày {day:%d/%m/%Y}: {done.checked} báo cáo cần nhắc, "
            f"{done.notifications} thông báo mới đã gửi."
        )
        if done.without_recipient:
            names = "; ".join(sorted(set(done.without_recipient)))
            self.stdout.write(f"Không có người nhận (chưa phân quyền cho đơn vị): {names}")
