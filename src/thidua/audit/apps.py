from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "thidua.audit"
    label = "audit"
    verbose_name = "Nhật ký hệ thống"
