from django.apps import AppConfig


class RulesConfig(AppConfig):
    name = "thidua.rules"
    label = "rules"
    verbose_name = "Quy định, lịch sử và xét khen thưởng"
