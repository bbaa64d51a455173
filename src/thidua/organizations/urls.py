from django.urls import path

from thidua.organizations import views, views_import

app_name = "organizations"
urlpatterns = [
    path("", views.tree, name="tree"),
    path("don-vi/moi/", views.org_create_view, name="org-create"),
    path("don-vi/<int:pk>/", views.org_detail, name="org-detail"),
    path("don-vi/<int:pk>/sua/", views.org_edit, name="org-edit"),
    path("don-vi/<int:pk>/doi-ten/", views.org_rename_view, name="org-rename"),
    path("don-vi/<int:pk>/chuyen/", views.org_move_view, name="org-move"),
    path("don-vi/<int:pk>/sap-nhap/", views.org_merge_view, name="org-merge"),
    path("don-vi/<int:pk>/giai-the/", views.org_dissolve_view, name="org-dissolve"),
    path("ca-nhan/", views.person_list_view, name="person-list"),
    path("ca-nhan/moi/", views.person_create_view, name="person-create"),
    path("ca-nhan/<int:pk>/", views.person_detail, name="person-detail"),
    path("ca-nhan/<int:pk>/sua/", views.person_edit, name="person-edit"),
    path("ca-nhan/<int:pk>/cong-tac/moi/", views.employment_start_view, name="employment-start"),
    path("cong-tac/<int:pk>/ket-thuc/", views.employment_end_view, name="employment-end"),
    # Excel import and export (views_import.py)
    path("nhap-excel/", views_import.import_upload, name="import"),
    path("nhap-excel/mau.xlsx", views_import.import_template, name="import-template"),
    path("xuat-excel/", views_import.export_staff, name="export"),
    path("nhap-excel/lich-su/", views_import.import_log_list, name="import-logs"),
    path("nhap-excel/lich-su/<int:pk>/", views_import.import_log_detail, name="import-log"),
    path("nhap-excel/lich-su/<int:pk>/tep/", views_import.import_log_file, name="import-log-file"),
]
