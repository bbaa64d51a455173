from collections.abc import Callable
from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django_otp import user_has_device

from thidua.core.permissions import is_system_admin

# Pages an administrator may reach before the second factor is verified.
_OPEN_PREFIXES = ("/tai-khoan/", "/static/", "/xac-minh/")


class RequireAdminOTPMiddleware:
    """A signed-in user with a TOTP device must pass it; a system administrator must have one."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        pending = user.is_authenticated and not user.is_verified()  # type: ignore[union-attr,attr-defined]
        if pending and not request.path.startswith(_OPEN_PREFIXES):
            if user_has_device(user):
                query = urlencode({"next": request.get_full_path()})
                return redirect(f"{reverse('accounts:otp-verify')}?{query}")
            if is_system_admin(user):
                return redirect("accounts:otp-setup")
        return self.get_response(request)
