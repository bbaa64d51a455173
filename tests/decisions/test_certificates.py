"""Certificates: one PDF page per awardee, gapless register numbers, unguessable tokens, and
the public verification page."""

import re
import shutil
import subprocess

import pytest

from tests.decisions.helpers import issued, make_setup
from thidua.audit.models import Event, EventType
from thidua.decisions.certificate_pdf import CertificateData, certificates_pdf
from thidua.decisions.models import BatchStatus, Certificate, NumberRegister, RegisterKind
from thidua.decisions.selectors.decisions import decision_lines
from thidua.decisions.services.certificates import certificates_generate


def _pages(pdf: bytes, tmp_path) -> int:
    binary = shutil.which("pdfinfo")
    if binary is None:
        pytest.fail("pdfinfo (poppler-utils) chưa được cài: chạy scripts/debian-deps.sh test")
    path = tmp_path / "batch.pdf"
    path.write_bytes(pdf)
    output = subprocess.run([binary, str(path)], capture_output=True, text=True, check=True)
    match = re.search(r"^Pages:\s+(\d+)", output.stdout, re.M)
    assert match is not None
    return int(match.group(1))


def _print(decision, actor, capture):
    with capture(execute=True):
        batch = certificates_generate(decision=decision, actor=actor)
    batch.refresh_from_db()
    return batch


def test_the_batch_has_one_page_per_awardee(
    setup, personas, tmp_path, django_capture_on_commit_callbacks
):
    decision = issued(setup, personas.dept_officer)
    batch = _print(decision, personas.dept_officer, django_capture_on_commit_callbacks)
    assert batch.status == BatchStatus.READY, batch.error
    assert batch.count == len(setup.nominations) == 5
    pdf = batch.file.read()
    assert pdf.startswith(b"%PDF") and len(batch.sha256) == 64
    assert _pages(pdf, tmp_path) == 5
    event = Event.objects.get(event_type=EventType.CERTIFICATES_GENERATED)
    assert event.data["count"] == 5 and event.data["numbered"] == [1, 2, 3, 4, 5]


def test_register_numbers_are_gapless_per_year_and_kept_when_printed_again(
    tree, personas, django_capture_on_commit_callbacks
):
    first = issued(make_setup(tree, people=2, unit_b=False), personas.dept_officer)
    second = issued(make_setup(tree, people=3, unit_b=False), personas.dept_officer)
    _print(first, personas.dept_officer, django_capture_on_commit_callbacks)
    _print(second, personas.dept_officer, django_capture_on_commit_callbacks)
    again = _print(first, personas.dept_officer, django_capture_on_commit_callbacks)
    numbers = sorted(Certificate.objects.values_list("number", flat=True))
    assert numbers == [1, 2, 3, 4, 5]
    assert again.certificates.count() == 2
    register = NumberRegister.objects.get(kind=RegisterKind.CERTIFICATE)
    assert (register.year, register.last_number, register.symbol) == (2023, 5, "GCN-SLĐTBXH")


def test_tokens_are_long_random_and_unique(setup, personas):
    decision = issued(setup, personas.dept_officer)
    certificates_generate(decision=decision, actor=personas.dept_officer)
    tokens = list(Certificate.objects.values_list("token", flat=True))
    assert len(set(tokens)) == len(tokens) == 5
    assert all(re.fullmatch(r"[A-Za-z0-9_-]{32}", t) for t in tokens)


def test_the_verification_page_shows_the_award_without_personal_data(setup, personas, client):
    decision = issued(setup, personas.dept_officer)
    certificates_generate(decision=decision, actor=personas.dept_officer)
    line = decision_lines(decision)[0]
    person = line.person
    response = client.get(f"/xac-minh/{line.certificate.token}/")
    text = response.content.decode()
    assert response.status_code == 200
    for shown in (
        line.name,
        "Lao động tiên tiến",
        "1/QĐ-SLĐTBXH",
        "20/12/2023",
        "Sở Lao động - Thương binh và Xã hội",
        "Còn hiệu lực",
    ):
        assert shown in text
    assert person.national_id not in text
    assert person.birth_date.strftime("%d/%m/%Y") not in text


def test_an_unknown_token_gives_a_vietnamese_404(client, db):
    response = client.get("/xac-minh/khong-co-ma-nay/")
    assert response.status_code == 404
    assert "Không tìm thấy giấy chứng nhận" in response.content.decode()


def test_the_verification_url_works_without_the_trailing_slash(setup, personas, client):
    decision = issued(setup, personas.dept_officer)
    certificates_generate(decision=decision, actor=personas.dept_officer)
    token = Certificate.objects.first().token
    response = client.get(f"/xac-minh/{token}")
    assert response.status_code == 301 and response["Location"].endswith(f"/xac-minh/{token}/")


def test_a_printed_certificate_links_to_its_verification_page(setup, personas):
    decision = issued(setup, personas.dept_officer)
    certificates_generate(decision=decision, actor=personas.dept_officer)
    from thidua.decisions.selectors.decisions import certificate_lines
    from thidua.decisions.services.certificates import certificate_data

    data = certificate_data(decision, certificate_lines(decision))
    person, collective = data[0], data[-1]
    assert person.verify_url.startswith("https://thidua.example.vn/xac-minh/")
    assert (
        person.heading == "Giấy chứng nhận" and "Lao động tiên tiến» năm 2023" in person.achievement
    )
    assert person.recipient.startswith("Ông ") and collective.recipient == "Phòng Người có công"
    assert person.register_number == "Số vào sổ: 1/GCN-SLĐTBXH-2023"


def test_the_renderer_draws_giay_khen_and_bang_khen(tmp_path):
    base = dict(
        authority="Giám đốc Sở Nội vụ",
        verb="Tặng",
        recipient="Bà Lê Thị Hoa",
        detail="Chuyên viên, Phòng Tổ chức",
        achievement="Đã có thành tích xuất sắc",
        decision="Quyết định số 3/QĐ-SNV ngày 05/01/2024",
        place_date="Sơn La, ngày 05 tháng 01 năm 2024",
        signer_authority="",
        signer_position="Giám đốc",
        signer_name="Nguyễn Văn Ký",
        register_number="Số vào sổ: 1/GCN-SNV-2024",
        verify_url="https://x.vn/xac-minh/abc/",
    )
    pdf = certificates_pdf(
        [CertificateData(heading="Giấy khen", **base), CertificateData(heading="Bằng khen", **base)]
    )
    assert _pages(pdf, tmp_path) == 2
