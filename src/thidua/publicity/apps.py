from django.apps import AppConfig


class PublicityConfig(AppConfig):
    name = "thidua.publicity"
    label = "publicity"
    verbose_name = "Công khai, lấy ý kiến"
