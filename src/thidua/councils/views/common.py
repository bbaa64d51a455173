"""What the council views share: service errors as messages, the users a council may seat."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Q, QuerySet
from django.http import HttpRequest

from thidua.accounts.models import User
from thidua.councils.models import Council


def flash_errors(request: HttpRequest, error: ValidationError) -> None:
    for text in error.messages:
        messages.error(request, text)


def seatable_users(council: Council) -> QuerySet[User]:
    """Active users working in the council's organisation or holding a role in it."""
    path = council.organization.path
    return (
        User.objects.filter(is_active=True)
        .filter(
            Q(person__current_organization__path__startswith=path)
            | Q(role_assignments__organization__path__startswith=path)
        )
        .distinct()
        .order_by("last_name", "first_name", "username")
    )
