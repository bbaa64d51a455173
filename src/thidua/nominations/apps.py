from pathlib import Path

from django.apps import AppConfig


class NominationsConfig(AppConfig):
    name = "thidua.nominations"
    label = "nominations"
    verbose_name = "Xét khen thưởng"

    def ready(self) -> None:
        from thidua.documents.registry import TemplateSpec, register
        from thidua.nominations import samples

        folder = Path(__file__).resolve().parent / "templates_docx"
        for code, label, sample in (
            ("bao_cao_thanh_tich_ca_nhan", "Báo cáo thành tích cá nhân", samples.person_report),
            ("bao_cao_thanh_tich_tap_the", "Báo cáo thành tích tập thể", samples.collective_report),
        ):
            register(TemplateSpec(code, label, folder / f"{code}.docx", sample))
