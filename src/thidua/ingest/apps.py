from django.apps import AppConfig


class IngestConfig(AppConfig):
    name = "thidua.ingest"
    label = "ingest"
    verbose_name = "Đọc văn bản"
