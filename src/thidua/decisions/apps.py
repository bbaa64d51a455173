from pathlib import Path

from django.apps import AppConfig


class DecisionsConfig(AppConfig):
    name = "thidua.decisions"
    label = "decisions"
    verbose_name = "Quyết định khen thưởng"

    def ready(self) -> None:
        from thidua.decisions import samples
        from thidua.documents.registry import TemplateSpec, register

        register(
            TemplateSpec(
                "quyet_dinh_khen_thuong",
                "Quyết định khen thưởng (kèm danh sách)",
                Path(__file__).resolve().parent / "templates_docx" / "quyet_dinh_khen_thuong.docx",
                samples.quyet_dinh,
            )
        )
