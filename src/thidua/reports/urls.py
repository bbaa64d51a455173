from django.urls import path

from thidua.reports import views

app_name = "reports"

urlpatterns = [
    path("", views.stats, name="stats"),
    path("so-lieu.json", views.stats_data, name="stats-data"),
    path("xuat-excel/", views.stats_export, name="stats-export"),
]
