from django.urls import path

from thidua.councils.views import ballots, councils, meetings

app_name = "councils"

urlpatterns = [
    path("", councils.council_list, name="council-list"),
    path("tao/", councils.council_create_view, name="council-create"),
    path("<int:pk>/", councils.council_detail, name="council-detail"),
    path("<int:pk>/sua/", councils.council_edit, name="council-edit"),
    path("<int:pk>/thanh-vien/them/", councils.member_add_view, name="member-add"),
    path("thanh-vien/<int:pk>/sua/", councils.member_edit, name="member-edit"),
    path("thanh-vien/<int:pk>/thoi/", councils.member_remove_view, name="member-remove"),
    path("<int:pk>/phien-hop/tao/", meetings.meeting_create_view, name="meeting-create"),
    path("phien-hop/", meetings.meeting_list, name="meeting-list"),
    path("phien-hop/<int:pk>/", meetings.meeting_detail, name="meeting-detail"),
    path("phien-hop/<int:pk>/sua/", meetings.meeting_edit, name="meeting-edit"),
    path("phien-hop/<int:pk>/chuong-trinh/", meetings.agenda_add, name="agenda-add"),
    path("phien-hop/<int:pk>/diem-danh/", meetings.attendance, name="attendance"),
    path("phien-hop/<int:pk>/ket-thuc/", meetings.meeting_close_view, name="meeting-close"),
    path("noi-dung/<int:pk>/rut/", meetings.agenda_remove, name="agenda-remove"),
    path("noi-dung/<int:pk>/mo-bo-phieu/", meetings.item_open, name="item-open"),
    path("noi-dung/<int:pk>/ket-thuc-bo-phieu/", meetings.item_close, name="item-close"),
    path("noi-dung/<int:pk>/so-phieu/", meetings.item_count, name="item-count"),
    path("phieu-bau/", ballots.ballot_list, name="ballot-list"),
    path("phieu-bau/kiem-tra/", ballots.receipt_check, name="receipt-check"),
    path("phieu-bau/<int:pk>/", ballots.ballot, name="ballot"),
]
