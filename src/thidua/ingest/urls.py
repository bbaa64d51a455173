from django.urls import path

from thidua.ingest import views

app_name = "ingest"
urlpatterns = [
    path("", views.received_list, name="received-list"),
    path("tai-len/", views.received_upload, name="received-upload"),
    path("xac-nhan/", views.received_confirm, name="received-confirm"),
    path("<int:pk>/", views.received_detail, name="received-detail"),
    path("<int:pk>/tai-ve/", views.received_download, name="received-download"),
]
