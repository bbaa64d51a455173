from django.urls import path

from thidua.movements.views import documents, movements, registrations, reports, targets

app_name = "movements"
urlpatterns = [
    path("", movements.movement_list, name="movement-list"),
    path("moi/", movements.movement_create, name="movement-create"),
    path("goi-y-phong-trao/", movements.named_suggest, name="named-suggest"),
    path("<int:pk>/", movements.movement_detail, name="movement-detail"),
    path("<int:pk>/sua/", movements.movement_edit, name="movement-edit"),
    path("<int:pk>/noi-dung/", movements.movement_content, name="movement-content"),
    path("<int:pk>/chuyen/<str:to>/", movements.movement_transition, name="movement-transition"),
    path("<int:pk>/van-ban/", movements.movement_documents, name="movement-documents"),
    path("van-ban/<int:pk>/tai-ve/", movements.document_download, name="document-download"),
    path("van-ban/<int:pk>/go/", movements.document_remove, name="document-remove"),
    path("<int:pk>/don-vi/", movements.movement_cascade, name="movement-cascade"),
    path("<int:pk>/don-vi/chon/", movements.movement_participants, name="movement-participants"),
    # targets and dashboards (views/targets.py)
    path("<int:pk>/chi-tieu/", targets.target_list, name="target-list"),
    path("<int:pk>/chi-tieu/moi/", targets.target_create, name="target-create"),
    path("<int:pk>/chi-tieu.xlsx", targets.targets_export, name="targets-export"),
    path("chi-tieu/<int:pk>/", targets.target_detail, name="target-detail"),
    path("chi-tieu/<int:pk>/sua/", targets.target_edit, name="target-edit"),
    path("chi-tieu/<int:pk>/xoa/", targets.target_delete, name="target-delete"),
    path("tien-do/<int:pk>/minh-chung/", targets.progress_evidence, name="progress-evidence"),
    path("<int:pk>/bang-dieu-khien/", targets.movement_dashboard, name="movement-dashboard"),
    path(
        "<int:pk>/bang-dieu-khien.json",
        targets.movement_dashboard_data,
        name="movement-dashboard-data",
    ),
    path("<int:pk>/don-vi/<int:org>/", targets.unit_dashboard, name="unit-dashboard"),
    path("<int:pk>/don-vi/<int:org>.json", targets.unit_dashboard_data, name="unit-dashboard-data"),
    # registration (views/registrations.py)
    path("<int:pk>/dang-ky/", registrations.registration_overview, name="registration-overview"),
    path("<int:pk>/dang-ky/mo/", registrations.period_open, name="period-open"),
    path("dot-dang-ky/<int:pk>/sua/", registrations.period_edit, name="period-edit"),
    path(
        "dot-dang-ky/<int:pk>/don-vi/<int:org>/",
        registrations.registration_unit,
        name="registration-unit",
    ),
    path(
        "dot-dang-ky/<int:pk>/ca-nhan/", registrations.registration_self, name="registration-self"
    ),
    path(
        "dot-dang-ky/<int:pk>/danh-sach/",
        registrations.registration_print,
        name="registration-print",
    ),
    path(
        "dot-dang-ky/<int:pk>/danh-sach.xlsx",
        registrations.registration_export,
        name="registration-export",
    ),
    path("dang-ky/<int:pk>/", registrations.registration_detail, name="registration-detail"),
    path(
        "dang-ky/<int:pk>/chuyen/<str:to>/",
        registrations.registration_transition,
        name="registration-transition",
    ),
    path("dang-ky-cua-toi/", registrations.my_registrations, name="my-registrations"),
    # reports (views/reports.py)
    path("<int:pk>/bao-cao/", reports.report_list, name="report-list"),
    path("<int:pk>/bao-cao/yeu-cau/", reports.report_request_create, name="report-request-create"),
    path(
        "<int:pk>/bao-cao/tong-hop/<int:request_pk>/<int:year>/",
        reports.report_summary,
        name="report-summary",
    ),
    path(
        "bao-cao/<int:request_pk>/<int:year>/don-vi/<int:org>/",
        reports.report_edit,
        name="report-edit",
    ),
    path("bao-cao/<int:pk>/", reports.report_detail, name="report-detail"),
    path("bao-cao/<int:pk>/chuyen/<str:to>/", reports.report_transition, name="report-transition"),
    path("dinh-kem/<int:pk>/", reports.attachment_download, name="attachment-download"),
    path("dinh-kem/<int:pk>/go/", reports.attachment_remove, name="attachment-remove"),
    path("qua-han/", reports.overdue, name="overdue"),
    # official documents, through the documents app (views/documents.py)
    path(
        "<int:pk>/tao-van-ban/<slug:kind>/", documents.movement_document, name="movement-document"
    ),
    path(
        "dot-dang-ky/<int:pk>/tao-danh-sach/",
        documents.registration_document,
        name="registration-document",
    ),
    path(
        "<int:pk>/bao-cao/tong-hop/<int:request_pk>/<int:year>/tao-van-ban/",
        documents.summary_document,
        name="summary-document",
    ),
    path("thong-bao/", reports.notifications, name="notifications"),
    path("thong-bao/doc/", reports.notifications_read, name="notifications-read"),
]
