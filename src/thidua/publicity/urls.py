from django.urls import path

from thidua.publicity.views import manage, public

app_name = "publicity"

urlpatterns = [
    path("", public.notice_list, name="notice-list"),
    path("<int:pk>/", public.notice_detail, name="notice-detail"),
    path("quan-ly/", manage.manage_list, name="manage-list"),
    path("quan-ly/dot/<int:round_pk>/tao/", manage.notice_new, name="notice-create"),
    path("quan-ly/<int:pk>/", manage.manage_detail, name="manage-detail"),
    path("quan-ly/<int:pk>/ket-thuc/", manage.notice_conclude_view, name="notice-conclude"),
    path("quan-ly/y-kien/<int:pk>/xu-ly/", manage.comment_resolve_view, name="comment-resolve"),
]
