"""From approved nominees to a printed certificate and its public verification page.

The officer drafts the decision, records the leader's signature (the number is taken),
prints the certificates and a phone opens the verification URL of the QR code. Screenshots
of the pages, of page 1 of the decision PDF and of a certificate go to /tmp (and to
docs/screenshots/ when THIDUA_SCREENSHOTS is set, see helpers.snap).
"""

import shutil
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.helpers import show_as, sign_in, snap
from tests.decisions.helpers import make_setup, nominate
from tests.factories import make_person
from thidua.decisions.models import Certificate, CertificateBatch, Decision
from thidua.documents.models import GeneratedDocument

OUT = Path("/tmp/thidua-decisions")


@pytest.fixture(autouse=True)
def _tasks_at_once(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def _png(pdf: Path, page_number: int, name: str) -> Path:
    binary = shutil.which("pdftoppm")
    assert binary, "pdftoppm (poppler-utils) chưa được cài"
    stem = OUT / name
    subprocess.run(
        [
            binary,
            "-png",
            "-r",
            "60",
            "-f",
            str(page_number),
            "-l",
            str(page_number),
            "-singlefile",
            str(pdf),
            str(stem),
        ],
        check=True,
    )
    return stem.with_suffix(".png")


@pytest.mark.browser
def test_it_issues_prints_and_verifies(page: Page, phone_page: Page, live_server, tree, personas):
    OUT.mkdir(exist_ok=True)
    setup = make_setup(tree, people=2)
    tree.dept.place = "Sơn La"
    tree.dept.save(update_fields=["place"])
    honoured = make_person("Lò Văn Giỏi", org=tree.unit_a)
    nominate(setup.dossiers[0], person=honoured, code="GIAY_KHEN")
    sign_in(page, live_server, show_as(personas.dept_officer, "Lò Thị Thu"))

    page.goto("/quyet-dinh/")
    page.get_by_role("link", name="Lập dự thảo quyết định").click()
    expect(page.get_by_label("Lò Văn Giỏi")).to_be_checked()
    page.get_by_label("Ngày ký dự kiến").fill("20/12/2023")
    page.get_by_label("Chức vụ người ký").fill("Giám đốc")
    page.get_by_label("Người ký", exact=True).fill("Lâm Xuân Phương")
    page.get_by_role("button", name="Lập dự thảo").click()
    expect(page.get_by_role("heading", name="Dự thảo quyết định")).to_be_visible()

    page.get_by_label("Ngày ký").fill("20/12/2023")
    page.get_by_role("button", name="Ban hành quyết định").click()
    expect(page.get_by_role("heading", name="Quyết định số 1/QĐ-SLĐTBXH")).to_be_visible()
    expect(page.locator(".total-money").first).to_have_text("3.600.000 đ")
    expect(page.get_by_role("link", name="Tải bản PDF")).to_be_visible()
    page.get_by_role("button", name="In giấy chứng nhận (PDF)").click()
    expect(page.get_by_role("link", name="Tải bản PDF").nth(1)).to_be_visible()
    page.screenshot(path=str(OUT / "decision-page.png"), full_page=True)
    snap(page, "quyet-dinh-chi-tiet.png")

    decision = Decision.objects.get()
    document = GeneratedDocument.objects.get(subject_id=str(decision.pk))
    assert document.pdf, document.error
    _png(Path(document.pdf.path), 1, "quyet-dinh-page1")
    batch = CertificateBatch.objects.get()
    assert batch.count == 5
    giay_khen = decision.lines.get(award_type__code="GIAY_KHEN")
    position = list(decision.lines.order_by("order").values_list("pk", flat=True)).index(
        giay_khen.pk
    )
    _png(Path(batch.file.path), position + 1, "giay-khen")

    token = Certificate.objects.get(line=giay_khen).token
    phone_page.goto(f"/xac-minh/{token}")
    expect(phone_page.get_by_role("heading", name="Xác minh khen thưởng")).to_be_visible()
    expect(phone_page.get_by_text("Còn hiệu lực")).to_be_visible()
    expect(phone_page.get_by_text("Lò Văn Giỏi")).to_be_visible()
    expect(phone_page.get_by_text("Số 1/QĐ-SLĐTBXH ngày 20/12/2023")).to_be_visible()
    phone_page.screenshot(path=str(OUT / "verify-phone.png"), full_page=True)
    snap(phone_page, "xac-minh-dien-thoai.png")
