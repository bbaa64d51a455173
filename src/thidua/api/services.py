"""Issue and revoke API tokens; both are written to the audit trail."""

import hashlib
import secrets
from typing import Any

from django.db import transaction
from django.utils import timezone

from thidua.api.models import ApiToken
from thidua.audit.models import EventType
from thidua.audit.services import event_record


def api_token_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


@transaction.atomic
def api_token_create(*, actor: Any, user: Any, name: str) -> tuple[ApiToken, str]:
    """A new token for `user` and its plaintext secret, which the caller shows exactly once."""
    secret = secrets.token_urlsafe(32)
    token = ApiToken(user=user, name=name, key_hash=api_token_hash(secret), prefix=secret[:8])
    token.full_clean()
    token.save()
    event_record(
        actor=actor,
        event_type=EventType.API_TOKEN_CREATED,
        subject=token,
        data={"user": user.get_username(), "name": name, "prefix": token.prefix},
    )
    return token, secret


@transaction.atomic
def api_token_revoke(*, actor: Any, token: ApiToken) -> ApiToken:
    """Stop accepting the token from now on; the row stays for the audit trail."""
    if token.revoked_at is not None:
        return token
    token.revoked_at = timezone.now()
    token.save(update_fields=["revoked_at"])
    event_record(
        actor=actor,
        event_type=EventType.API_TOKEN_REVOKED,
        subject=token,
        data={"user": token.user.get_username(), "name": token.name, "prefix": token.prefix},
    )
    return token
