"""Administration of the catalogue: who may change what, every change audited, versions dated."""

import datetime as dt

import pytest
from django.urls import reverse
from tests.conftest import client_for, verified_client_for
from tests.factories import make_org, make_user

from thidua.accounts.models import Role
from thidua.audit.models import Event, EventType
from thidua.rules.models import BaseSalary, ProvinceSetting, RuleVersion
from thidua.rules.selectors.catalogue import reward_compute


@pytest.fixture
def province_officer(tree):
    return make_user("ban_tdkt", Role.EMULATION_OFFICER, tree.province)


def _rule(code, year=2024):
    day = dt.date(year, 12, 31)
    return next(v for v in RuleVersion.objects.filter(rule=code) if v.in_force_on(day))


def _version_post(version, **changes):
    data = {
        "name": version.name,
        "legal_basis": version.legal_basis,
        "effective_from": version.effective_from.strftime("%d/%m/%Y"),
        "effective_to": version.effective_to.strftime("%d/%m/%Y") if version.effective_to else "",
        "params": '{"min_months": 10}',
        "tag": version.tag,
        "enabled": "on" if version.enabled else "",
        "note": version.note,
    }
    data.update(changes)
    return data


def test_everyone_who_views_sees_the_catalogue_with_flags(personas):
    body = client_for(personas.auditor).get(reverse("rules:catalogue")).content.decode()
    assert "LDTT.new_recruit" in body and "theo quy chế địa phương" in body
    assert "2.530.000" in body and "nguồn thứ cấp" in body
    assert "Sửa" not in body.split("Mức lương cơ sở")[1].split("Thiết lập")[0]


@pytest.mark.parametrize("persona", ["officer_a", "dept_officer", "auditor"])
def test_only_system_administrators_change_national_rules(personas, persona):
    version = _rule("LDTT.new_recruit")
    response = client_for(getattr(personas, persona)).post(
        reverse("rules:rule-edit", args=[version.pk]), _version_post(version)
    )
    assert response.status_code == 403


def test_an_administrator_changes_a_rule_and_it_is_audited(personas):
    version = _rule("LDTT.new_recruit")
    client = verified_client_for(personas.admin)
    response = client.post(
        reverse("rules:rule-edit", args=[version.pk]),
        _version_post(version, params='{"min_months": 9}'),
    )
    assert response.status_code == 302
    version.refresh_from_db()
    assert version.params == {"min_months": 9}
    event = Event.objects.filter(event_type=EventType.RULES_CHANGED).get()
    assert event.data["old"]["params"] == {"min_months": 10} and event.actor == personas.admin


def test_parameters_that_would_break_a_check_are_refused(personas):
    version = _rule("LDTT.rating")
    client = verified_client_for(personas.admin)
    response = client.post(
        reverse("rules:rule-edit", args=[version.pk]),
        _version_post(version, params='{"min_rating": "great"}'),
    )
    assert response.status_code == 200
    assert "«min_rating» phải là một trong" in response.content.decode()


def test_a_new_version_ends_the_one_in_force(personas):
    version = _rule("LDTT.new_recruit")
    client = verified_client_for(personas.admin)
    data = _version_post(
        version, effective_from="01/01/2027", effective_to="", params='{"min_months": 6}'
    )
    assert (
        client.post(reverse("rules:rule-new-version", args=[version.pk]), data).status_code == 302
    )
    version.refresh_from_db()
    assert version.effective_to == dt.date(2026, 12, 31)
    assert _rule("LDTT.new_recruit", 2027).params == {"min_months": 6}
    assert _rule("LDTT.new_recruit", 2026).params == {"min_months": 10}


def test_a_province_officer_switches_a_rule_off_for_the_province(personas, tree, province_officer):
    client = client_for(province_officer)
    response = client.post(
        reverse("rules:setting-create"),
        {
            "province": tree.province.pk,
            "year": 2025,
            "switched_off": ["LDTT.new_recruit"],
            "ldtt_min_months": "",
            "ldtt_min_form": "warning",
            "quota_lines": "CSTDCS LDTT 15%\nTTLDXS TTLDTT 30",
            "council": '{"CSTD_TINH": {"approval": 0.7}}',
            "giay_khen_criteria": "Hoàn thành tốt nhiệm vụ trở lên",
            "rounding": "nearest",
            "note": "Quyết định 14/2024/QĐ-UBND",
        },
    )
    assert response.status_code == 302, response.content.decode()
    setting = ProvinceSetting.objects.get(province=tree.province)
    assert setting.rule_switches == {"LDTT.new_recruit": False}
    assert setting.rule_params == {"LDTT.discipline": {"min_form": "warning"}}
    assert setting.quotas == [
        {"title": "CSTDCS", "of": "LDTT", "max_share": 0.15},
        {"title": "TTLDXS", "of": "TTLDTT", "max_share": 0.3},
    ]
    assert Event.objects.filter(
        event_type=EventType.RULES_CHANGED, organization=tree.province
    ).exists()
    amount, _, _ = reward_compute(
        code="LDTT", subject="ca_nhan", day=dt.date(2025, 12, 20), province_id=tree.province.pk
    )
    assert amount.amount == 700_000  # nearest, as the province chose


def test_a_province_officer_cannot_set_another_province(personas, tree, province_officer):
    other = make_org("UBND tỉnh Lào Cai", kind="provincial_committee", code="LCI")
    response = client_for(province_officer).post(
        reverse("rules:setting-create"), {"province": other.pk, "year": 2025, "rounding": "ceil"}
    )
    assert response.status_code == 200  # not a choice for this user
    assert not ProvinceSetting.objects.filter(province=other).exists()
    assert client_for(personas.dept_officer).get(reverse("rules:setting-create")).status_code == 403
    default = ProvinceSetting.objects.get(province__isnull=True)
    assert (
        client_for(province_officer)
        .get(reverse("rules:setting-edit", args=[default.pk]))
        .status_code
        == 403
    )


def test_an_administrator_adds_a_base_salary(personas):
    client = verified_client_for(personas.admin)
    response = client.post(
        reverse("rules:salary-create"),
        {
            "effective_from": "01/07/2027",
            "amount": 2_800_000,
            "legal_basis": "Nghị định …/2027/NĐ-CP",
            "tag": "U",
            "note": "",
        },
    )
    assert response.status_code == 302
    assert BaseSalary.objects.get(effective_from=dt.date(2027, 7, 1)).amount == 2_800_000
    amount, _, _ = reward_compute(code="CSTDCS", subject="ca_nhan", day=dt.date(2027, 12, 1))
    assert amount.amount == 2_800_000
