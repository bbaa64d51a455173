"""The exchange pages with personas: the department's officer acts, others are refused."""

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.conftest import client_for
from tests.factories import make_user
from thidua.accounts.models import Role
from thidua.nominations.models import Dossier, DossierStatus
from thidua.rules.models import AwardRecord


@pytest.fixture
def stranger(tree: Any) -> Any:
    return make_user("officer_snv", Role.EMULATION_OFFICER, tree.home_affairs)


def _user(personas: Any, stranger: Any, name: str) -> Any:
    return stranger if name == "stranger" else getattr(personas, name)


@pytest.mark.parametrize(
    ("persona", "status"),
    [("dept_officer", 200), ("auditor", 200), ("stranger", 404), ("officer_b", 404)],
)
def test_it_shows_the_dossier_page_in_scope_only(
    concluded: Any, personas: Any, stranger: Any, persona: str, status: int
) -> None:
    url = reverse("exchange:dossier", args=[concluded.dossier.pk])
    page = client_for(_user(personas, stranger, persona)).get(url)
    assert page.status_code == status
    if status == 200:
        assert "Trần Văn Hùng" in page.content.decode()


def test_it_lists_the_dossiers_to_send(concluded: Any, personas: Any, stranger: Any) -> None:
    url = reverse("exchange:index")
    assert concluded.dossier.title in client_for(personas.dept_officer).get(url).content.decode()
    assert concluded.dossier.title not in client_for(stranger).get(url).content.decode()
    assert client_for(personas.staff_a).get(url).status_code == 403


@pytest.mark.parametrize(("persona", "status"), [("auditor", 403), ("stranger", 404)])
def test_it_refuses_letters_and_exports_to_others(
    concluded: Any, personas: Any, stranger: Any, letter: Any, persona: str, status: int
) -> None:
    client = client_for(_user(personas, stranger, persona))
    pk = concluded.dossier.pk
    data = {"recipient": "X", "signer_authority": "GIÁM ĐỐC", "signer_name": "Y"}
    assert client.post(reverse("exchange:letter-create", args=[pk]), data).status_code == status
    assert client.post(reverse("exchange:export", args=[pk])).status_code == status
    concluded.dossier.refresh_from_db()
    assert concluded.dossier.status == DossierStatus.CONCLUDED


def test_it_exports_and_downloads_again(
    concluded: Any, personas: Any, letter: Any, council_minutes: Any
) -> None:
    officer = client_for(personas.dept_officer)
    page = officer.post(reverse("exchange:export", args=[concluded.dossier.pk]), follow=True)
    assert "Đã lập gói hồ sơ" in page.content.decode()
    package = concluded.dossier.export_packages.get()
    url = reverse("exchange:download", args=[package.pk])
    for _ in range(2):
        response = officer.get(url)
        assert response.status_code == 200
        assert b"".join(response.streaming_content)[:4] == b"PK\x03\x04"
    assert client_for(personas.clerk_a).get(url).status_code == 403  # sees the dossier only
    assert client_for(personas.officer_b).get(url).status_code == 404


def test_it_shows_the_export_errors(concluded: Any, personas: Any) -> None:
    page = client_for(personas.dept_officer).post(
        reverse("exchange:export", args=[concluded.dossier.pk]), follow=True
    )
    assert "Cần lập tờ trình trước khi xuất gói hồ sơ" in page.content.decode()


def test_it_imports_through_the_page_and_lists_every_error(
    package: Any, province_round: Any, province_officer: Any, personas: Any
) -> None:
    url = reverse("exchange:import")
    client = client_for(province_officer)
    assert province_round.title in client.get(url).content.decode()
    bad = SimpleUploadedFile("goi.zip", b"PK\x03\x04 not really", content_type="application/zip")
    page = client.post(url, {"the_round": province_round.pk, "package": bad})
    assert "không phải tệp nén .zip hợp lệ" in page.content.decode()
    with package.file.open("rb") as handle:
        upload = SimpleUploadedFile("goi.zip", handle.read(), content_type="application/zip")
    response = client.post(url, {"the_round": province_round.pk, "package": upload})
    dossier = Dossier.objects.get(round=province_round)
    assert response["Location"] == reverse("nominations:dossier-detail", args=[dossier.pk])
    assert client_for(personas.clerk_a).get(url).status_code == 403


def test_it_records_the_decision_through_the_page(
    package: Any, concluded: Any, personas: Any
) -> None:
    url = reverse("exchange:outcome", args=[concluded.dossier.pk])
    data = {
        "decision_number": "2150/QĐ-UBND",
        "decision_date": "10/03/2026",
        "issuer": "Chủ tịch UBND tỉnh Sơn La",
        "awarded": [concluded.upward.pk],
    }
    assert client_for(personas.auditor).post(url, data).status_code == 403
    response = client_for(personas.dept_officer).post(url, data, follow=True)
    assert "Đã ghi nhận quyết định của cấp trên" in response.content.decode()
    assert AwardRecord.objects.get().person == concluded.upward.person
    concluded.dossier.refresh_from_db()
    assert concluded.dossier.status == DossierStatus.DECIDED
