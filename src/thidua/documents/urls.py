from django.urls import path, re_path

from thidua.documents import views

app_name = "documents"
urlpatterns = [
    path("", views.document_list, name="list"),
    path("<int:pk>/", views.document_detail, name="detail"),
    path("<int:pk>/trang-thai/", views.document_status, name="status"),
    re_path(
        r"^(?P<pk>[0-9]+)/tai-ve\.(?P<extension>docx|pdf)$",
        views.document_download,
        name="download",
    ),
    path("<int:pk>/tao-lai/", views.document_regenerate_view, name="regenerate"),
    # template administration
    path("mau/", views.template_list, name="templates"),
    path("mau/mac-dinh/<slug:code>.docx", views.template_default, name="template-default"),
    path("mau/<int:pk>/tai-ve.docx", views.template_download, name="template-download"),
    path("mau/<int:pk>/ngung-dung/", views.template_deactivate_view, name="template-deactivate"),
    path("mau/<int:pk>/dung-lai/", views.template_activate_view, name="template-activate"),
]
