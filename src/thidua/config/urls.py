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
    path("khen-thuong/", include("thidua.nominations.urls")),
    path("cong-khai/", include("thidua.publicity.urls")),
    path("hoi-dong/", include("thidua.councils.urls")),
    path("quyet-dinh/", include("thidua.decisions.urls")),
    path("xac-minh/", include("thidua.decisions.urls_public")),
    path("trinh-cap-tren/", include("thidua.exchange.urls")),
    path("thong-ke/", include("thidua.reports.urls")),
    path("api/v1/", api.urls),
]
