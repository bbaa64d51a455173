"""Reads of the catalogue: plain copies for the engine, lookups for money and the pages."""

import datetime as dt
from decimal import Decimal
from typing import Any

from django.db.models import Q, QuerySet

from thidua.core.permissions import Cap, is_system_admin, scope_paths
from thidua.organizations.models import Organization, OrgKind
from thidua.rules import money
from thidua.rules.council import CouncilRule, council_rule
from thidua.rules.engine import Catalogue, SettingRow, VersionRow, setting_for
from thidua.rules.models import (
    AwardType,
    BaseSalary,
    ProvinceSetting,
    RewardCoefficient,
    RuleVersion,
)


def province_id_of(path: str) -> int | None:
    """The root of an organisation's tree path ("00000001.00000004.") is its province."""
    return int(path[:8]) if len(path) >= 8 else None


def setting_rows() -> list[SettingRow]:
    return [
        SettingRow(
            province_id=s.province_id,
            year=s.year,
            rule_switches=s.rule_switches or {},
            rule_params=s.rule_params or {},
            quotas=tuple(s.quotas or ()),
            rounding=s.rounding,
        )
        for s in ProvinceSetting.objects.all()
    ]


def catalogue_load() -> Catalogue:
    """Every rule version and setting as plain rows (two queries; the catalogue is small)."""
    versions = [
        VersionRow(
            rule=v.rule,
            award=v.award_type.code,
            subject=v.subject,
            name=v.name,
            legal_basis=v.legal_basis,
            effective_from=v.effective_from,
            effective_to=v.effective_to,
            params=v.params or {},
            tag=v.tag,
            enabled=v.enabled,
        )
        for v in RuleVersion.objects.select_related("award_type")
    ]
    return Catalogue(versions, setting_rows())


def award_codes_by_id() -> dict[int, str]:
    return dict(AwardType.objects.values_list("id", "code"))


def award_names() -> dict[str, str]:
    return dict(AwardType.objects.values_list("code", "name"))


class RewardError(Exception):
    """No coefficient or base salary in force: the message says which, in Vietnamese."""


def coefficient_on(code: str, subject: str, day: dt.date) -> RewardCoefficient:
    row = (
        RewardCoefficient.objects.filter(
            award_type__code=code, subject=subject, effective_from__lte=day
        )
        .filter(Q(effective_to__isnull=True) | Q(effective_to__gte=day))
        .select_related("award_type")
        .order_by("-effective_from")
        .first()
    )
    if row is None:
        raise RewardError(
            f"Chưa có hệ số tiền thưởng của «{code}» cho đối tượng «{subject}» vào ngày {day:%d/%m/%Y}."
        )
    return row


def base_salary_on(day: dt.date) -> BaseSalary:
    row = BaseSalary.objects.filter(effective_from__lte=day).order_by("-effective_from").first()
    if row is None:
        raise RewardError(f"Chưa có mức lương cơ sở áp dụng vào ngày {day:%d/%m/%Y}.")
    return row


def rounding_for(province_id: int | None, year: int) -> str:
    row = setting_for(setting_rows(), province_id, year)
    return row.rounding if row else "ceil"


def reward_compute(
    *,
    code: str,
    subject: str,
    day: dt.date,
    rounding: str | None = None,
    province_id: int | None = None,
) -> tuple[money.RewardAmount, RewardCoefficient, BaseSalary]:
    """The reward for `code` to a `subject` decided on `day`, with the rows used."""
    coefficient = coefficient_on(code, subject, day)
    salary = base_salary_on(day)
    amount = money.reward_amount(
        coefficient=Decimal(coefficient.coefficient),
        multiplier=Decimal(coefficient.multiplier),
        base_salary=salary.amount,
        rounding=rounding or rounding_for(province_id, day.year),
    )
    return amount, coefficient, salary


def provinces_for_user(user: Any) -> QuerySet[Organization]:
    """Provinces whose settings the user may change: MANAGE_RULES over the whole province."""
    provinces = Organization.objects.filter(kind=OrgKind.PROVINCIAL_COMMITTEE, parent__isnull=True)
    paths = scope_paths(user, Cap.MANAGE_RULES)
    if paths is None:
        return provinces
    return provinces.filter(path__in=paths) if paths else provinces.none()


def can_edit_national(user: Any) -> bool:
    """The national catalogue (rules, coefficients, base salary): system administrators."""
    paths = scope_paths(user, Cap.MANAGE_RULES)
    return paths is None or (bool(paths) and is_system_admin(user))


def can_edit_province(user: Any, province: Organization | None) -> bool:
    if province is None:
        return can_edit_national(user)
    return provinces_for_user(user).filter(pk=province.pk).exists()


def council_setting_for(province_id: int | None, year: int) -> dict[str, Any]:
    """The council thresholds in force for the province in `year` (province row wins)."""
    rows = ProvinceSetting.objects.filter(
        Q(province__isnull=True) | Q(province_id=province_id), year__lte=year
    ).values_list("province_id", "year", "council")
    best = max(rows, key=lambda r: (r[0] is not None, r[1]), default=None)
    return dict(best[2] or {}) if best else {}


def council_rule_for(
    *, award_type: AwardType, organization: Organization, year: int
) -> CouncilRule:
    """The council rule for an award decided at `organization`'s province in `year`."""
    setting = council_setting_for(province_id_of(organization.path), year)
    return council_rule(code=award_type.code, level=award_type.level, setting=setting)
