from django.urls import include, path

urlpatterns = [
    path("", include("thidua.core.urls")),
    path("tai-khoan/", include("thidua.accounts.urls")),
    path("to-chuc/", include("thidua.organizations.urls")),
    path("nhat-ky/", include("thidua.audit.urls")),
]
