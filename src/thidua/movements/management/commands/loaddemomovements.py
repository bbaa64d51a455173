"""`thidua loaddemomovements`: the demo movements of the seeds, after `thidua loaddemo`."""

from typing import Any

from django.core.management.base import BaseCommand

from thidua.movements.demo import load_demo_movements


class Command(BaseCommand):
    help = (
        "Nạp các phong trào thi đua mẫu (Sơn La 2023, Ninh Bình 2021-2025, Bình Phước 2024, "
        "Lào Cai năm nay) lên dữ liệu đơn vị mẫu; chạy lại không nạp thêm."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        result = load_demo_movements()
        self.stdout.write(result.message)
        if result.loaded:
            self.stdout.write(
                f"{result.movements} phong trào, {result.targets} chỉ tiêu, "
                f"{result.registrations} bản đăng ký, {result.reports} báo cáo "
                f"({result.seconds:.1f} giây)."
            )
