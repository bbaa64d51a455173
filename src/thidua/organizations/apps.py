from django.apps import AppConfig


class OrganizationsConfig(AppConfig):
    name = "thidua.organizations"
    label = "organizations"
    verbose_name = "Tổ chức và cá nhân"
