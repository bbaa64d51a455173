from django.urls import path

from thidua.decisions.views import decisions, registers

app_name = "decisions"

urlpatterns = [
    path("", decisions.decision_list, name="list"),
    path("dot-xet/<int:round_pk>/du-thao/", decisions.decision_new, name="new"),
    path("<int:pk>/", decisions.decision_detail, name="detail"),
    path("<int:pk>/sua/", decisions.decision_edit, name="edit"),
    path("<int:pk>/xoa/", decisions.decision_remove, name="delete"),
    path("<int:pk>/van-ban/", decisions.decision_document, name="document"),
    path("<int:pk>/ban-hanh/", decisions.decision_sign, name="issue"),
    path("<int:pk>/huy-bo/", decisions.decision_revoke_view, name="revoke"),
    path("<int:pk>/giay-chung-nhan/", decisions.decision_certificates, name="certificates"),
    path("giay-chung-nhan/<int:pk>/", decisions.batch_status, name="batch-status"),
    path("giay-chung-nhan/<int:pk>/tai-ve/", decisions.batch_download, name="batch-download"),
    path("so/<int:org_pk>/", registers.register_settings, name="registers"),
]
