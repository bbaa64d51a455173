from django.urls import path

from thidua.nominations.views import dossiers

app_name = "nominations"

urlpatterns = [
    path("ho-so/<int:pk>/", dossiers.dossier_detail, name="dossier-detail"),
    path("ho-so/<int:pk>/chuyen/<str:to>/", dossiers.dossier_move, name="dossier-transition"),
]
