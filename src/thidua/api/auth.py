"""Bearer-token authentication for integrations."""

import datetime as dt
import hmac
from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from ninja.security import HttpBearer

from thidua.api.models import ApiToken
from thidua.api.services import api_token_hash

# Writing last_used_at on every call would turn each read into a write.
LAST_USED_RESOLUTION = dt.timedelta(minutes=1)


class ApiTokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any:
        digest = api_token_hash(token)
        found = (
            ApiToken.objects.select_related("user")
            .filter(key_hash=digest, revoked_at__isnull=True)
            .first()
        )
        if found is None or not hmac.compare_digest(found.key_hash, digest):
            return None
        if not found.user.is_active:
            return None
        now = timezone.now()
        if found.last_used_at is None or now - found.last_used_at >= LAST_USED_RESOLUTION:
            ApiToken.objects.filter(pk=found.pk).update(last_used_at=now)
        request.user = found.user
        return found.user
