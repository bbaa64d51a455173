from typing import Any

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from thidua.movements.models import Notification


def notifications(request: HttpRequest) -> dict[str, Any]:
    """The unread count for the bell in the menu; counted only when a page shows it."""
    user = request.user
    if not user.is_authenticated:
        return {}
    return {
        "unread_notifications": SimpleLazyObject(
            lambda: Notification.objects.filter(user=user, read_at__isnull=True).count()
        )
    }
