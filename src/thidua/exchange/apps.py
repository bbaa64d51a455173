from pathlib import Path

from django.apps import AppConfig


class ExchangeConfig(AppConfig):
    name = "thidua.exchange"
    label = "exchange"
    verbose_name = "Trình cấp trên"

    def ready(self) -> None:
        from thidua.documents.registry import TemplateSpec, register
        from thidua.exchange import samples

        register(
            TemplateSpec(
                samples.LETTER,
                "Tờ trình đề nghị khen thưởng (trình cấp trên)",
                Path(__file__).resolve().parent / "templates_docx" / f"{samples.LETTER}.docx",
                samples.to_trinh_khen_thuong,
            )
        )
