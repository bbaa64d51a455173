from django.urls import path

from thidua.decisions.views import public

app_name = "verify"

urlpatterns = [
    path("<str:token>/", public.verify, name="detail"),
]
