from pathlib import Path

from django.apps import AppConfig


class CouncilsConfig(AppConfig):
    name = "thidua.councils"
    label = "councils"
    verbose_name = "Hội đồng Thi đua – Khen thưởng"

    def ready(self) -> None:
        from thidua.councils import samples
        from thidua.documents.registry import TemplateSpec, register

        shipped = Path(__file__).resolve().parent / "templates_docx"
        for code, label, sample in (
            (
                "bien_ban_hop_hoi_dong",
                "Biên bản họp Hội đồng Thi đua – Khen thưởng",
                samples.bien_ban_hop_hoi_dong,
            ),
            ("bien_ban_kiem_phieu", "Biên bản kiểm phiếu bầu kín", samples.bien_ban_kiem_phieu),
        ):
            register(TemplateSpec(code, label, shipped / f"{code}.docx", sample))
