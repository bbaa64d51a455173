from django.urls import include, path

from thidua.api.views import api

urlpatterns = [
    path("", include("thidua.core.urls")),
    path("tai-khoan/", include("thidua.accounts.urls")),
    path("to-chuc/", include("thidua.organizations.urls")),
    path("phong-trao/", include("thidua.movements.urls")),
    path("thi-dua/", include("thidua.rules.urls")),
    path("nhat-ky/", include("thidua.audit.urls")),
    path("van-ban/", include("thidua.documents.urls")),
    path("tiep-nhan/", include("thidua.ingest.urls")),
    path("api/v1/", api.urls),
]
