from django.urls import path

from thidua.rules.views import catalogue, eligibility, history

app_name = "rules"
urlpatterns = [
    path("", eligibility.index, name="index"),
    path("don-vi/<int:pk>/", eligibility.unit, name="unit"),
    path("don-vi/<int:pk>/lich-su/", eligibility.unit_history, name="unit-history"),
    path("don-vi/<int:pk>/<slug:kind>/moi/", history.unit_add, name="unit-add"),
    path("ca-nhan/<int:pk>/", eligibility.person, name="person"),
    path("ca-nhan/<int:pk>/<slug:kind>/moi/", history.person_add, name="person-add"),
    path("lich-su/<slug:kind>/<int:pk>/sua/", history.history_edit, name="history-edit"),
    path("lich-su/<slug:kind>/<int:pk>/xoa/", history.history_delete, name="history-delete"),
    path("quy-dinh/", catalogue.catalogue, name="catalogue"),
    path("quy-dinh/quy-tac/<int:pk>/sua/", catalogue.rule_edit, name="rule-edit"),
    path(
        "quy-dinh/quy-tac/<int:pk>/phien-ban-moi/",
        catalogue.rule_new_version,
        name="rule-new-version",
    ),
    path("quy-dinh/he-so/moi/", catalogue.coefficient_edit, name="coefficient-create"),
    path("quy-dinh/he-so/<int:pk>/sua/", catalogue.coefficient_edit, name="coefficient-edit"),
    path("quy-dinh/luong-co-so/moi/", catalogue.salary_edit, name="salary-create"),
    path("quy-dinh/luong-co-so/<int:pk>/sua/", catalogue.salary_edit, name="salary-edit"),
    path("quy-dinh/tinh/moi/", catalogue.setting_edit, name="setting-create"),
    path("quy-dinh/tinh/<int:pk>/sua/", catalogue.setting_edit, name="setting-edit"),
    path("tien-thuong/", catalogue.reward, name="reward"),
]
