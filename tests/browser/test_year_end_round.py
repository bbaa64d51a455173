"""The whole year-end round in real browsers (issue 5 item 9), driven through the pages.

The department's officer opens the round; the unit's clerk builds the dossier (an eligible
candidate from «Gợi ý từ điều kiện», an ineligible one with a reason, the submission letter)
and submits it; the officer receives and appraises it; the council's secretary holds the
meeting and two members vote by secret ballot, one of them on a phone who then checks the
receipt; the officer concludes the dossier, drafts and issues the decision, prints the
certificates (the PDF has one page per awardee); an anonymous phone opens the QR code's
verification page; the statistics of the unit's year count the awards; the officer revokes
one award (ground and reason), after which the verification page says «Đã bị hủy bỏ» and the
statistics no longer count it.

Only what a person would not click is prepared with services: the people, their ratings and
registrations, the council and its members. Screenshots of the main steps go to
/tmp/g-shots/ (and, with THIDUA_SCREENSHOTS set, to the README folder through `snap`).
"""

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone
from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import DESKTOP, PHONE, PageWatch
from tests.browser.helpers import assert_styled, show_as, sign_in, snap
from tests.councils.factories import add_member, make_council, make_named_user
from tests.nominations.helpers import PDF, good_person, register
from thidua.accounts.models import Role
from thidua.decisions.models import Certificate, Decision
from thidua.nominations.models import Dossier, DossierStatus, Nomination, Outcome

pytestmark = pytest.mark.browser

SHOTS = Path("/tmp/g-shots")
OVERFLOW = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"


@pytest.fixture(autouse=True)
def _setup(settings: Any) -> None:
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    SHOTS.mkdir(exist_ok=True)


def _shot(page: Page, name: str, *, readme: str = "") -> None:
    page.screenshot(path=str(SHOTS / name), full_page=True, animations="disabled")
    if readme:
        snap(page, readme)


def _vn(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def _as(page: Page, live_server: Any, user: Any) -> None:
    page.context.clear_cookies()
    sign_in(page, live_server, user)


def _member_context(browser: Browser, live_server: Any, console: PageWatch, **options: Any) -> Page:
    context = browser.new_context(
        base_url=live_server.url, locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh", **options
    )
    member_page = context.new_page()
    console.attach(member_page)
    return member_page


def _money(amount: int) -> str:
    return f"{amount:,} đ".replace(",", ".")


def _line_amount(decision: Decision, name: str) -> str:
    return _money(decision.lines.get(name=name).amount)


def _pdf_pages(path: str) -> int:
    binary = shutil.which("pdfinfo")
    assert binary, "pdfinfo (poppler-utils) chưa được cài"
    info = subprocess.run([binary, path], check=True, capture_output=True, text=True).stdout
    found = re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)
    assert found, info
    return int(found.group(1))


def test_it_runs_a_year_end_round_from_the_dossier_to_a_verified_certificate(
    page: Page, browser: Browser, live_server: Any, console: PageWatch, tree: Any, personas: Any
) -> None:
    page.on("dialog", lambda dialog: dialog.accept())
    today = timezone.localdate()
    year = today.year - 1  # the round form's default: the year that has just ended
    an = good_person("Nguyễn Văn An", tree.unit_a, year=year)
    cuong = good_person("Trần Văn Cường", tree.unit_a, year=year, rating="complete")
    register(tree, tree.unit_a, {an: "LDTT", cuong: "LDTT"}, year=year)
    officer = show_as(personas.dept_officer, "Lò Thị Mai")
    clerk = show_as(personas.clerk_a, "Hà Văn Tùng")
    secretary = make_named_user("thu_ky", "Lò Thị Hoa", Role.COUNCIL_SECRETARY, tree.dept)
    council = make_council(secretary, tree.dept)
    chair, second, third = (
        add_member(council, secretary, name=name, role=role)
        for name, role in (
            ("Quàng Văn Hải", "chair"),
            ("Cầm Thị Lan", "member"),
            ("Điêu Chính Tơi", "member"),
        )
    )

    # 1. The department's officer opens the round, deadlines in dd/mm/yyyy.
    sign_in(page, live_server, officer)
    page.goto("/khen-thuong/dot-xet/mo/")
    assert_styled(page)
    page.get_by_label("Đơn vị tổ chức xét").select_option(label=tree.dept.name)
    expect(page.get_by_label("Năm thành tích")).to_have_value(str(year))
    page.get_by_label("Hạn gửi hồ sơ").fill(_vn(today + dt.timedelta(days=20)))
    page.get_by_label("Hạn thẩm định").fill(_vn(today + dt.timedelta(days=30)))
    page.get_by_label("Hạn họp Hội đồng").fill(_vn(today + dt.timedelta(days=40)))
    page.get_by_label("Hạn ban hành quyết định").fill(_vn(today + dt.timedelta(days=50)))
    page.get_by_role("button", name="Mở đợt xét và thông báo các đơn vị").click()
    expect(page.get_by_role("alert")).to_contain_text("Đã mở đợt xét")
    expect(page.get_by_role("main")).to_contain_text(_vn(today + dt.timedelta(days=20)))
    _shot(page, "00-dot-xet.png")
    round_url = page.url

    # 2. The unit's clerk prepares the dossier and submits it.
    _as(page, live_server, clerk)
    page.goto(round_url)
    page.get_by_label("Đơn vị đề nghị").select_option(label=tree.unit_a.name)
    page.get_by_role("button", name="Tạo hồ sơ").click()
    page.get_by_label("Số tờ trình").fill("15/TTr-LĐVL")
    page.get_by_role("button", name="Tạo hồ sơ").click()
    expect(page.get_by_role("heading", name="Thêm người, tập thể được đề nghị")).to_be_visible()
    suggested = page.get_by_role("group", name="Lao động tiên tiến")
    expect(suggested).to_contain_text("Nguyễn Văn An")
    expect(suggested).not_to_contain_text("Trần Văn Cường")
    suggested.get_by_label("Nguyễn Văn An").check()
    page.get_by_role("button", name="Thêm vào hồ sơ").click()
    expect(page.get_by_role("alert")).to_contain_text("Đã thêm 1 người")

    page.get_by_role("link", name="Thêm người, tập thể").click()
    page.get_by_placeholder("Họ tên hoặc số CCCD").fill("tran van cuong")
    page.get_by_role("button", name="Tìm").click()
    page.get_by_role("link", name="Chọn Trần Văn Cường").click()
    expect(page.get_by_role("main")).to_contain_text("Chưa đủ điều kiện")
    page.get_by_label("Danh hiệu, hình thức đề nghị").select_option(label="Lao động tiên tiến")
    page.get_by_label("Lý do đề nghị").fill("Trực tiếp cứu hộ người dân trong đợt lũ tháng 8.")
    page.get_by_role("button", name="Thêm vào hồ sơ").click()
    expect(page.get_by_role("alert")).to_contain_text("Đã thêm Trần Văn Cường")

    page.get_by_role("link", name="Đính kèm tài liệu").click()
    page.get_by_label("Loại tài liệu").select_option(label="Tờ trình")
    page.get_by_label("Tệp").set_input_files(
        {"name": "to-trinh.pdf", "mimeType": "application/pdf", "buffer": PDF}
    )
    page.get_by_role("button", name="Đính kèm").click()
    expect(page.get_by_role("table", name="Tài liệu kèm theo hồ sơ")).to_contain_text(
        "to-trinh.pdf"
    )
    expect(page.locator("#kiem-tra")).to_contain_text("Hồ sơ đáp ứng các điều kiện khi gửi")
    flagged = page.get_by_role("row").filter(has_text="Trần Văn Cường")
    expect(flagged).to_contain_text("Chưa đủ điều kiện")
    page.reload()  # without the flash message, for the README
    _shot(page, "01-ho-so-nhap.png", readme="ho-so-de-nghi.png")
    page.get_by_role("button", name="Gửi hồ sơ").click()
    expect(page.get_by_role("alert")).to_contain_text("Gửi hồ sơ: xong")
    dossier = Dossier.objects.get()
    assert dossier.status == DossierStatus.SUBMITTED

    # 3. The officer receives and appraises it.
    _as(page, live_server, officer)
    page.goto("/khen-thuong/ho-so/gui-den/")
    page.get_by_role("link", name=dossier.title).click()
    page.get_by_role("button", name="Tiếp nhận hồ sơ").click()
    expect(page.get_by_role("alert")).to_contain_text("Tiếp nhận hồ sơ: xong")
    page.get_by_role("link", name="Thẩm định").click()
    page.get_by_label("Ý kiến thẩm định Nguyễn Văn An").select_option(label="Đủ điều kiện")
    page.get_by_label("Ý kiến thẩm định Trần Văn Cường").select_option(label="Đủ điều kiện")
    page.get_by_label("Nhận xét Trần Văn Cường").fill("Đồng ý đề nghị do thành tích đột xuất.")
    _shot(page, "02-tham-dinh.png")
    page.get_by_role("button", name="Lưu ý kiến thẩm định").click()
    expect(page.get_by_role("alert")).to_contain_text("Đã lưu ý kiến thẩm định (2 thay đổi)")
    page.get_by_role("button", name="Hoàn thành thẩm định").click()
    expect(page.get_by_role("alert")).to_contain_text("Hoàn thành thẩm định: xong")
    dossier_url = page.url

    # 4. The council: meeting, agenda, attendance, secret ballot, count.
    _as(page, live_server, secretary)
    page.goto(f"/hoi-dong/{council.pk}/")
    page.get_by_role("link", name="Tạo phiên họp").click()
    page.get_by_label("Nội dung phiên họp").fill(f"Xét khen thưởng tổng kết năm {year}")
    page.get_by_label("Ngày họp").fill(_vn(today))
    page.get_by_label("Địa điểm").fill("Phòng họp tầng 3, Sở")
    page.get_by_label("Đợt xét").select_option(label=f"Xét khen thưởng tổng kết năm {year}")
    page.get_by_label("Chủ trì").select_option(label=chair.name)
    page.get_by_role("button", name="Lưu").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(f"tổng kết năm {year}")
    page.get_by_label("Đưa hồ sơ đã thẩm định vào chương trình họp").select_option(
        label=f"{tree.unit_a.name} – {dossier.title}"
    )
    page.get_by_role("button", name="Đưa vào chương trình").click()
    item = page.get_by_role("region", name=dossier.title)
    expect(item).to_contain_text("Nguyễn Văn An")
    for member in (chair, second, third):
        page.get_by_role("checkbox", name=member.name).check()
    page.get_by_role("button", name="Lưu điểm danh").click()
    expect(item).to_contain_text("3/3 thành viên biểu quyết có mặt")
    page.get_by_role("button", name="Mở bỏ phiếu").click()
    expect(page.get_by_role("status").filter(has_text="Đã nhận 0/3 phiếu")).to_be_visible()
    _shot(page, "03-phien-hop.png")

    desk = _member_context(browser, live_server, console, viewport=DESKTOP)
    sign_in(desk, live_server, chair.user)
    desk.goto("/hoi-dong/phieu-bau/")
    desk.get_by_role("link", name="Bỏ phiếu").click()
    for name in ("Nguyễn Văn An", "Trần Văn Cường"):
        choices = desk.get_by_role("radiogroup", name=f"Lựa chọn cho {name}")
        choices.get_by_text("Đồng ý", exact=True).click()
    desk.get_by_role("button", name="Gửi phiếu bầu").click()
    expect(desk.get_by_role("heading", name="Đã nhận phiếu bầu")).to_be_visible()
    desk.context.close()

    phone = _member_context(
        browser,
        live_server,
        console,
        viewport=PHONE,
        is_mobile=True,
        has_touch=True,
        device_scale_factor=2,
    )
    sign_in(phone, live_server, second.user)
    phone.goto("/hoi-dong/phieu-bau/")
    phone.get_by_role("link", name="Bỏ phiếu").click()
    expect(phone.get_by_role("heading", level=1)).to_contain_text("Phiếu bầu kín")
    for name in ("Nguyễn Văn An", "Trần Văn Cường"):
        choices = phone.get_by_role("radiogroup", name=f"Lựa chọn cho {name}")
        choices.get_by_text("Đồng ý", exact=True).click()
    assert phone.evaluate(OVERFLOW) <= 1, "the ballot scrolls sideways on a 390 px screen"
    _shot(phone, "04-phieu-bau-dien-thoai.png", readme="phieu-bau-dien-thoai.png")
    phone.get_by_role("button", name="Gửi phiếu bầu").click()
    expect(phone.get_by_role("heading", name="Đã nhận phiếu bầu")).to_be_visible()
    code = phone.locator("#receipt-code").inner_text()
    phone.get_by_role("link", name="Kiểm tra phiếu").click()
    phone.get_by_label("Mã xác nhận phiếu bầu").fill(code)
    phone.get_by_role("button", name="Kiểm tra").click()
    expect(phone.get_by_text("Phiếu của đồng chí đã được ghi nhận")).to_be_visible()
    assert phone.evaluate(OVERFLOW) <= 1, "the receipt check scrolls sideways on a phone"
    _shot(phone, "04b-kiem-tra-phieu.png")
    phone.context.close()

    expect(page.get_by_role("status").filter(has_text="Đã nhận 2/3 phiếu")).to_be_visible()
    page.get_by_role("button", name="Kết thúc bỏ phiếu và kiểm phiếu").click()
    for name in ("Nguyễn Văn An", "Trần Văn Cường"):
        row = item.get_by_role("row").filter(has_text=name)
        expect(row).to_contain_text("66,7 %")
        expect(row).to_contain_text("Được đề nghị")
    _shot(page, "05-ket-qua-bo-phieu.png", readme="ket-qua-bo-phieu.png")
    assert set(Nomination.objects.values_list("outcome", flat=True)) == {Outcome.APPROVED}

    # 5. The officer concludes the dossier (LĐTT needs no public comment).
    _as(page, live_server, officer)
    page.goto(dossier_url.rsplit("tham-dinh/", 1)[0])
    page.get_by_role("button", name="Kết thúc xét").click()
    expect(page.get_by_role("alert")).to_contain_text("Kết thúc xét: xong")

    # 6. The decision: draft, issue, certificates.
    page.goto("/quyet-dinh/")
    page.get_by_role("link", name="Lập dự thảo quyết định").click()
    expect(page.get_by_label("Nguyễn Văn An")).to_be_checked()
    expect(page.get_by_label("Trần Văn Cường")).to_be_checked()
    page.get_by_label("Ngày ký dự kiến").fill(_vn(today))
    page.get_by_label("Chức vụ người ký").fill("Giám đốc")
    page.get_by_label("Người ký", exact=True).fill("Lâm Xuân Phương")
    _shot(page, "06a-lap-du-thao.png")
    page.get_by_role("button", name="Lập dự thảo").click()
    expect(page.get_by_role("heading", name="Dự thảo quyết định")).to_be_visible()
    _shot(page, "06b-du-thao.png")
    page.get_by_label("Ngày ký").fill(_vn(today))
    page.get_by_role("button", name="Ban hành quyết định").click()
    expect(page.get_by_role("heading", name=re.compile(r"Quyết định số 1\/QĐ-"))).to_be_visible()
    decision = Decision.objects.get()
    total = decision.total_amount
    assert total > 0
    expect(page.locator(".total-money").first).to_have_text(_money(total))
    page.get_by_role("button", name="In giấy chứng nhận (PDF)").click()
    certificates = page.get_by_role("region", name="Giấy khen, bằng khen, giấy chứng nhận")
    with page.expect_download() as download:
        certificates.get_by_role("link", name="Tải bản PDF").click()
    assert _pdf_pages(str(download.value.path())) == 2  # one page per awardee
    page.reload()
    _shot(page, "06-quyet-dinh.png", readme="quyet-dinh.png")
    dossier.refresh_from_db()
    assert dossier.status == DossierStatus.DECIDED

    # 7. Anyone verifies the certificate of the QR code on a phone, without signing in.
    token = Certificate.objects.get(line__name="Nguyễn Văn An").token
    visitor = _member_context(
        browser,
        live_server,
        console,
        viewport=PHONE,
        is_mobile=True,
        has_touch=True,
        device_scale_factor=2,
    )
    visitor.goto(f"/xac-minh/{token}/")
    expect(visitor.get_by_role("heading", name="Xác minh khen thưởng")).to_be_visible()
    expect(visitor.get_by_text("Còn hiệu lực")).to_be_visible()
    expect(visitor.get_by_text("Nguyễn Văn An")).to_be_visible()
    expect(visitor.get_by_text("Lao động tiên tiến")).to_be_visible()
    expect(visitor.get_by_text(f"Số {decision.number_text} ngày {_vn(today)}")).to_be_visible()
    expect(visitor.get_by_role("main")).not_to_contain_text(an.national_id)  # public page
    assert visitor.evaluate(OVERFLOW) <= 1, "the verification page scrolls sideways on a phone"
    _shot(visitor, "07-xac-minh.png", readme="xac-minh.png")

    # 8. The statistics of the unit's year count both awards.
    page.goto(f"/thong-ke/?nam={year}&don_vi={tree.unit_a.pk}")
    expect(page.get_by_role("region", name="Kết quả")).to_contain_text(
        "2/3 cá nhân đạt Lao động tiên tiến"
    )
    _shot(page, "08-thong-ke.png")

    # 9. The officer revokes one award: the verification page and the statistics follow.
    page.goto(f"/quyet-dinh/{decision.pk}/")
    page.get_by_text("Hủy bỏ khen thưởng", exact=True).click()
    page.get_by_label("Hủy bỏ khen thưởng của Nguyễn Văn An").check()
    page.get_by_label(re.compile("^a\\)")).check()
    page.get_by_label("Lý do").fill("Kê khai không trung thực thành tích năm.")
    page.get_by_label("Ngày ký").fill(_vn(today))
    _shot(page, "09-huy-bo.png")
    page.get_by_role("button", name="Ban hành quyết định hủy bỏ").click()
    expect(page.get_by_role("heading", name=re.compile(r"Quyết định số 2\/QĐ-"))).to_be_visible()
    expect(page.locator(".total-money").first).to_have_text(_line_amount(decision, "Nguyễn Văn An"))
    _shot(page, "10-quyet-dinh-huy-bo.png")
    page.get_by_role("link", name=decision.number_text).click()
    revoked = page.get_by_role("row").filter(has_text="Nguyễn Văn An")
    expect(revoked).to_contain_text("Đã hủy bỏ")
    expect(page.get_by_role("row").filter(has_text="Trần Văn Cường")).not_to_contain_text(
        "Đã hủy bỏ"
    )

    visitor.reload()
    expect(visitor.get_by_text("Đã bị hủy bỏ")).to_be_visible()
    _shot(visitor, "11-xac-minh-huy-bo.png")
    visitor.context.close()

    page.goto(f"/thong-ke/?nam={year}&don_vi={tree.unit_a.pk}")
    expect(page.get_by_role("region", name="Kết quả")).to_contain_text(
        "1/3 cá nhân đạt Lao động tiên tiến"
    )
