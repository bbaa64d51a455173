import base64
from io import BytesIO
from typing import Any

import qrcode
import qrcode.image.svg
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST
from django_otp import login as otp_login
from django_otp import match_token, user_has_device

from thidua.accounts import forms, selectors, services
from thidua.accounts.models import RoleAssignment, User
from thidua.audit.models import EventType
from thidua.audit.services import event_record
from thidua.core.permissions import Cap, is_system_admin, org_scope, require_cap


def _ip(request: HttpRequest) -> str | None:
    return request.META.get("REMOTE_ADDR")


@method_decorator(login_not_required, name="dispatch")
class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    form_class = forms.LoginForm
    redirect_authenticated_user = True

    def form_valid(self, form: Any) -> HttpResponse:
        response = super().form_valid(form)
        event_record(
            actor=form.get_user(),
            event_type=EventType.USER_LOGIN,
            subject=form.get_user(),
            ip_address=_ip(self.request),
        )
        return response

    def form_invalid(self, form: Any) -> HttpResponse:
        username = (form.data.get("username") or "")[:150]
        if username:
            event_record(
                actor=None,
                event_type=EventType.USER_LOGIN_FAILED,
                subject=User.objects.filter(username=username).first(),
                data={"username": username, "reason": "password"},
                ip_address=_ip(self.request),
            )
        return super().form_invalid(form)


class LogoutView(auth_views.LogoutView):
    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.user.is_authenticated:
            event_record(
                actor=request.user,
                event_type=EventType.USER_LOGOUT,
                subject=request.user,
                ip_address=_ip(request),
            )
        return super().post(request, *args, **kwargs)


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/form.html"
    form_class = forms.PasswordChangeForm
    success_url = reverse_lazy("accounts:profile")
    extra_context = {"heading": "Đổi mật khẩu", "submit": "Đổi mật khẩu"}

    def form_valid(self, form: Any) -> HttpResponse:
        response = super().form_valid(form)
        event_record(
            actor=self.request.user,
            event_type=EventType.USER_PASSWORD_CHANGED,
            subject=self.request.user,
            ip_address=_ip(self.request),
        )
        messages.success(self.request, "Đã đổi mật khẩu.")
        return response


@method_decorator(login_not_required, name="dispatch")
class PasswordResetView(auth_views.PasswordResetView):
    template_name = "accounts/form.html"
    form_class = forms.PasswordResetForm
    email_template_name = "accounts/password_reset_email.txt"
    subject_template_name = "accounts/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password-reset-done")
    extra_context = {
        "heading": "Quên mật khẩu",
        "intro": "Nhập địa chỉ thư điện tử của tài khoản; chúng tôi sẽ gửi đường dẫn đặt lại mật khẩu.",
        "submit": "Gửi đường dẫn",
    }


@method_decorator(login_not_required, name="dispatch")
class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "accounts/message.html"
    extra_context = {
        "heading": "Đã gửi thư",
        "message": "Nếu địa chỉ thư điện tử có trong hệ thống, bạn sẽ nhận được đường dẫn đặt lại mật khẩu.",
    }


@method_decorator(login_not_required, name="dispatch")
class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/reset_confirm.html"
    form_class = forms.SetPasswordForm
    success_url = reverse_lazy("accounts:password-reset-complete")

    def form_valid(self, form: Any) -> HttpResponse:
        response = super().form_valid(form)
        event_record(
            actor=form.user,
            event_type=EventType.USER_PASSWORD_RESET,
            subject=form.user,
            ip_address=_ip(self.request),
        )
        return response


@method_decorator(login_not_required, name="dispatch")
class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "accounts/message.html"
    extra_context = {
        "heading": "Đã đặt lại mật khẩu",
        "message": "Bạn có thể đăng nhập bằng mật khẩu mới.",
        "login_link": True,
    }


def profile(request: HttpRequest) -> HttpResponse:
    assignments = request.user.role_assignments.select_related("organization")  # type: ignore[union-attr]
    return render(
        request,
        "accounts/profile.html",
        {
            "assignments": assignments,
            "has_otp": user_has_device(request.user),
        },
    )


def _qr_svg(uri: str) -> str:
    image = qrcode.make(uri, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    buffer = BytesIO()
    image.save(buffer)
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode()


def otp_setup(request: HttpRequest) -> HttpResponse:
    """Show a QR code for an authenticator app and confirm it with a first code."""
    if user_has_device(request.user):
        messages.info(request, "Tài khoản đã bật xác thực hai lớp.")
        return redirect("accounts:profile")
    device = services.totp_device_pending(user=request.user)
    form = forms.TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if services.totp_device_confirm(
            user=request.user, device=device, token=form.cleaned_data["token"]
        ):
            otp_login(request, device)
            messages.success(request, "Đã bật xác thực hai lớp.")
            return redirect("core:home")
        form.add_error("token", "Mã không đúng hoặc đã hết hạn; hãy nhập mã mới trên ứng dụng.")
    secret = base64.b32encode(device.bin_key).decode()
    return render(
        request,
        "accounts/otp_setup.html",
        {
            "form": form,
            "qr": _qr_svg(device.config_url),
            "secret": secret,
            "required": is_system_admin(request.user),
        },
    )


def otp_verify(request: HttpRequest) -> HttpResponse:
    """Second step of login for users with a confirmed device."""
    next_url = request.POST.get("next") or request.GET.get("next") or "/"
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = "/"
    form = forms.TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(request.user, form.cleaned_data["token"])
        if device is not None:
            otp_login(request, device)
            return redirect(next_url)
        event_record(
            actor=request.user,
            event_type=EventType.USER_LOGIN_FAILED,
            subject=request.user,
            data={"reason": "otp"},
            ip_address=_ip(request),
        )
        form.add_error("token", "Mã xác thực không đúng.")
    return render(request, "accounts/otp_verify.html", {"form": form, "next": next_url})


def _require_user_admin(request: HttpRequest) -> None:
    require_cap(request.user, Cap.MANAGE_USERS)


def user_list(request: HttpRequest) -> HttpResponse:
    _require_user_admin(request)
    query = request.GET.get("q", "").strip()[:100]
    page = Paginator(selectors.user_list_for_admin(admin=request.user, query=query), 50).get_page(
        request.GET.get("trang")
    )
    return render(request, "accounts/user_list.html", {"page": page, "query": query})


@require_http_methods(["GET", "POST"])
def user_create_view(request: HttpRequest) -> HttpResponse:
    _require_user_admin(request)
    form = forms.UserCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = services.user_create(actor=request.user, **form.cleaned_data)
        messages.success(request, f"Đã tạo tài khoản «{user.username}»; hãy cấp vai trò.")
        return redirect("accounts:user-detail", user.pk)
    return render(
        request, "accounts/form.html", {"form": form, "heading": "Tạo tài khoản", "submit": "Tạo"}
    )


@require_http_methods(["GET", "POST"])
def user_detail(request: HttpRequest, pk: int) -> HttpResponse:
    _require_user_admin(request)
    target = get_object_or_404(selectors.user_list_for_admin(admin=request.user), pk=pk)
    form = forms.RoleGrantForm(
        request.POST or None, organizations=org_scope(request.user, Cap.MANAGE_USERS)
    )
    if request.method == "POST" and form.is_valid():
        services.role_grant(actor=request.user, user=target, **form.cleaned_data)
        messages.success(request, "Đã cấp vai trò.")
        return redirect("accounts:user-detail", target.pk)
    assignments = target.role_assignments.select_related("organization")
    return render(
        request,
        "accounts/user_detail.html",
        {"target": target, "form": form, "assignments": assignments},
    )


@require_POST
def role_revoke_view(request: HttpRequest, pk: int) -> HttpResponse:
    _require_user_admin(request)
    assignment = get_object_or_404(
        RoleAssignment.objects.filter(organization__in=org_scope(request.user, Cap.MANAGE_USERS)),
        pk=pk,
    )
    services.role_revoke(actor=request.user, assignment=assignment)
    messages.success(request, "Đã thu hồi vai trò.")
    return redirect("accounts:user-detail", assignment.user_id)
