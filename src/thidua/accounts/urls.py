from django.urls import path

from thidua.accounts import views

app_name = "accounts"
urlpatterns = [
    path("dang-nhap/", views.LoginView.as_view(), name="login"),
    path("dang-xuat/", views.LogoutView.as_view(), name="logout"),
    path("", views.profile, name="profile"),
    path("doi-mat-khau/", views.PasswordChangeView.as_view(), name="password-change"),
    path("quen-mat-khau/", views.PasswordResetView.as_view(), name="password-reset"),
    path(
        "quen-mat-khau/da-gui/", views.PasswordResetDoneView.as_view(), name="password-reset-done"
    ),
    path(
        "dat-lai/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password-reset-confirm",
    ),
    path(
        "dat-lai/xong/", views.PasswordResetCompleteView.as_view(), name="password-reset-complete"
    ),
    path("otp/thiet-lap/", views.otp_setup, name="otp-setup"),
    path("xac-thuc/", views.otp_verify, name="otp-verify"),
    path("nguoi-dung/", views.user_list, name="user-list"),
    path("nguoi-dung/moi/", views.user_create_view, name="user-create"),
    path("nguoi-dung/<int:pk>/", views.user_detail, name="user-detail"),
    path("vai-tro/<int:pk>/thu-hoi/", views.role_revoke_view, name="role-revoke"),
]
