from django.urls import path

from thidua.exchange import views

app_name = "exchange"

urlpatterns = [
    path("", views.index, name="index"),
    path("ho-so/<int:pk>/", views.dossier_view, name="dossier"),
    path("ho-so/<int:pk>/to-trinh/", views.letter_create, name="letter-create"),
    path("ho-so/<int:pk>/xuat-goi/", views.export, name="export"),
    path("ho-so/<int:pk>/quyet-dinh/", views.outcome, name="outcome"),
    path("goi/<int:pk>/tai-ve/", views.download, name="download"),
    path("nhap-goi/", views.import_view, name="import"),
]
