"""Who sees and acts on decisions, through the one permission module (core/permissions.py).

A decision is visible to whoever sees its issuing organisation (the department's officers,
leaders, council and auditors, and the province above); outside that it is "not found"
(404). Drafting, issuing, revoking and printing need DECIDE over the issuing organisation;
a reader who lacks it gets 403.
"""

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404

from thidua.core.permissions import Cap, has_cap_over, org_scope
from thidua.decisions.models import CertificateBatch, Decision
from thidua.nominations.models import ReviewRound
from thidua.nominations.selectors.access import round_get_for_user
from thidua.organizations.models import Organization

NOT_FOUND = "Không tìm thấy quyết định."
READ_ONLY = "Bạn chỉ có quyền xem quyết định này."


def decision_scope(user: Any) -> QuerySet[Decision]:
    return Decision.objects.filter(organization__in=org_scope(user, Cap.VIEW))


def can_decide(user: Any, organization: Organization) -> bool:
    return has_cap_over(user, Cap.DECIDE, organization.path)


def decision_get_for_user(user: Any, pk: Any, write: bool = False) -> Decision:
    """The decision, 404 outside the user's view; with `write`, 403 without DECIDE."""
    try:
        decision = (
            decision_scope(user)
            .select_related("organization__parent", "round", "register", "revokes", "issued_by")
            .get(pk=pk)
        )
    except (Decision.DoesNotExist, ValueError, TypeError):
        raise Http404(NOT_FOUND) from None
    if write and not can_decide(user, decision.organization):
        raise PermissionDenied(READ_ONLY)
    return decision


def round_for_decision(user: Any, pk: Any) -> ReviewRound:
    """A round whose organiser the user decides for (404 outside view, 403 without DECIDE)."""
    found = round_get_for_user(user, pk)
    if not can_decide(user, found.organizer):
        raise PermissionDenied("Bạn không có quyền ban hành quyết định của đợt xét này.")
    return found


def batch_get_for_user(user: Any, pk: Any) -> CertificateBatch:
    try:
        batch = CertificateBatch.objects.select_related("decision").get(pk=pk)
    except (CertificateBatch.DoesNotExist, ValueError, TypeError):
        raise Http404("Không tìm thấy tệp giấy chứng nhận.") from None
    decision_get_for_user(user, batch.decision_id)
    return batch


def register_org_for_user(user: Any, pk: Any) -> Organization:
    """An organisation whose registers the user may change (DECIDE over it)."""
    try:
        org = org_scope(user, Cap.VIEW).get(pk=pk)
    except (Organization.DoesNotExist, ValueError, TypeError):
        raise Http404("Không tìm thấy đơn vị.") from None
    if not can_decide(user, org):
        raise PermissionDenied("Bạn không có quyền sửa sổ quyết định của đơn vị này.")
    return org
