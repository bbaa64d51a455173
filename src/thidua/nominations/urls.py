from django.urls import path

from thidua.nominations.views import attachments, dossiers, nominees, rounds

app_name = "nominations"

urlpatterns = [
    path("", dossiers.index, name="index"),
    path("dot-xet/", rounds.rounds, name="round-list"),
    path("dot-xet/mo/", rounds.round_create, name="round-create"),
    path("dot-xet/<int:pk>/", rounds.round_detail, name="round-detail"),
    path("dot-xet/<int:pk>/sua/", rounds.round_edit, name="round-edit"),
    path("dot-xet/<int:pk>/ket-thuc/", rounds.round_close_view, name="round-close"),
    path("ho-so/", dossiers.dossier_list, name="dossier-list"),
    path("ho-so/gui-den/", dossiers.inbox_view, name="inbox"),
    path("ho-so/tao/", dossiers.dossier_create_view, name="dossier-create"),
    path("ho-so/<int:pk>/", dossiers.dossier_detail, name="dossier-detail"),
    path("ho-so/<int:pk>/sua/", dossiers.dossier_edit, name="dossier-edit"),
    path("ho-so/<int:pk>/chuyen/<str:to>/", dossiers.dossier_move, name="dossier-transition"),
    path("ho-so/<int:pk>/de-nghi/", nominees.nominees, name="dossier-nominees"),
    path("ho-so/<int:pk>/de-nghi/chon/", nominees.nominees_bulk, name="dossier-nominees-bulk"),
    path("ho-so/<int:pk>/de-nghi/them/", nominees.nominee_add_view, name="nominee-add"),
    path("ho-so/<int:pk>/tham-dinh/", nominees.dossier_appraisal, name="dossier-appraise"),
    path("ho-so/<int:pk>/tai-lieu/", attachments.attachment_add_view, name="attachment-add"),
    path("de-nghi/<int:pk>/sua/", nominees.nominee_edit, name="nominee-edit"),
    path("de-nghi/<int:pk>/bo/", nominees.nominee_remove_view, name="nominee-remove"),
    path("de-nghi/<int:pk>/bao-cao/", nominees.nominee_report, name="nominee-report"),
    path("tai-lieu/<int:pk>/", attachments.attachment_download, name="attachment-download"),
    path("tai-lieu/<int:pk>/go/", attachments.attachment_remove_view, name="attachment-remove"),
]
