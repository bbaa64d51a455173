"""The movement's official documents: gathered here, rendered by the documents app.

One test goes the whole way (button → request → worker → .docx and .pdf stored with their
hashes) and opens the .docx with python-docx; the others render each gathered context with
the shipped template and read it back.
"""

import datetime as dt
import io
import shutil
from decimal import Decimal

import docx
import pytest
from django.urls import reverse

from tests.conftest import client_for
from tests.factories import make_person
from tests.movements.helpers import award, make_target, yearly_request
from thidua.documents import registry
from thidua.documents.context import prepare_context
from thidua.documents.models import GeneratedDocument
from thidua.documents.render import render_docx
from thidua.movements import documents, services
from thidua.movements.selectors.access import movement_access
from thidua.movements.selectors.registrations import registration_list
from thidua.movements.selectors.reports import report_summary


@pytest.fixture
def plan(tree, movement):
    """The department's movement filled like seed 002."""
    services.movement_update(
        actor=None,
        movement=movement,
        data={
            "purpose": "Phát động toàn thể cán bộ, công chức, viên chức tham gia phong trào.",
            "requirements": "- Triển khai sâu rộng.\n- Không phô trương, hình thức.",
            "theme": "Cán bộ, công chức quyết tâm thực hiện thắng lợi nhiệm vụ năm 2026",
        },
        named=["Vì người nghèo - Không để ai bị bỏ lại phía sau"],
        award_forms=[award("BANG_KHEN_TINH"), award("CO_THI_DUA_TINH")],
    )
    services.movement_content_save(
        actor=None,
        movement=movement,
        items=[
            {
                "heading": "Đào tạo nghề, giải quyết việc làm",
                "body": "Mỗi năm giải quyết việc làm cho 19.400 người.",
            }
        ],
        criteria=[
            {
                "subject_kind": "division",
                "text": "Hoàn thành có chất lượng, đúng thời hạn các văn bản.",
            },
            {
                "subject_kind": "district_office",
                "text": "Tham mưu xây dựng chương trình trên địa bàn.",
            },
            {"subject_kind": "individual", "text": "Tích cực hưởng ứng các phong trào thi đua."},
        ],
    )
    make_target(movement, name="Giải quyết việc làm", value="19400", unit="người")
    make_target(movement, name="Tỷ lệ thất nghiệp", value="2", unit="%", direction="at_most")
    yearly_request(movement)
    return movement


def _text(document: docx.document.Document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


def _render(code, context):
    spec = registry.get_spec(code)
    return docx.Document(io.BytesIO(render_docx(spec.path, prepare_context(context))))


def test_it_generates_the_plan_from_the_button(
    tree, personas, plan, settings, django_capture_on_commit_callbacks
):
    assert shutil.which("soffice"), "LibreOffice chưa được cài: chạy scripts/debian-deps.sh test"
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    client = client_for(personas.dept_officer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("movements:movement-document", args=[plan.pk, "ke-hoach"]))
    document = GeneratedDocument.objects.get()
    assert response["Location"] == reverse("documents:detail", args=[document.pk])
    assert (document.status, document.template_code, document.subject_id) == (
        "ready",
        "ke_hoach",
        str(plan.pk),
    )
    assert len(document.docx_sha256) == 64
    assert document.pdf.read(5) == b"%PDF-"
    text = _text(docx.Document(document.docx.open("rb")))
    for words in (
        "KẾ HOẠCH",
        "/KH-",
        "Phong trào thi đua năm 2026",
        "MỤC ĐÍCH, YÊU CẦU",
        "Giải quyết việc làm",
        "tối đa 2 %",
        "Phòng cấp huyện",
        "Bằng khen của Chủ tịch UBND tỉnh",
        "trước ngày 15/12 hằng năm",
        "Nơi nhận",
        "GIÁM ĐỐC",
    ):
        assert words in text, words
    body = docx.Document(document.docx.open("rb")).paragraphs
    fonts = {run.font.name for p in body for run in p.runs if run.font.name}
    assert fonts <= {"Times New Roman"}
    page = client.get(reverse("movements:movement-detail", args=[plan.pk])).content.decode()
    assert reverse("documents:download", args=[document.pk, "docx"]) in page


def test_it_refuses_documents_to_those_who_do_not_run_the_movement(personas, plan):
    url = reverse("movements:movement-document", args=[plan.pk, "ke-hoach"])
    assert client_for(personas.officer_a).post(url).status_code == 403
    assert (
        client_for(personas.officer_b)
        .post(reverse("movements:movement-document", args=[plan.pk, "x"]))
        .status_code
        == 404
    )
    assert not GeneratedDocument.objects.exists()


def test_it_writes_the_launch_letter(tree, plan):
    text = _text(_render("cong_van", documents.letter_context(plan)))
    assert "V/v phong trào thi đua năm 2026" in text
    assert "Kính gửi" in text and "Phòng Lao động - Việc làm" in text
    assert "Tỷ lệ thất nghiệp: tối đa 2 %" in text


def test_it_lists_the_registrations(tree, plan, period, personas):
    an = make_person("Nguyễn Văn An", org=tree.unit_a)
    registration = services.registration_save(
        actor=None,
        period=period,
        organization=tree.unit_a,
        collective=[award("TTLDXS")],
        individuals={an.pk: award("CSTDCS")},
        commitments="",
    )
    services.registration_transition(registration=registration, to="submitted", actor=None)
    access = movement_access(personas.dept_officer, plan)
    context = documents.registration_list_context(
        period, registration_list(period=period, access=access)
    )
    text = _text(_render("danh_sach", context))
    assert "DANH SÁCH" in text and "Đăng ký danh hiệu thi đua năm 2026" in text
    assert (
        "Nguyễn Văn An" in text
        and "Chiến sĩ thi đua cơ sở" in text
        and "Tập thể lao động xuất sắc" in text
    )
    assert "Danh sách gồm 02 lượt đăng ký" in text


def test_it_summarises_the_reports(tree, plan, personas):
    request = plan.report_requests.get()
    target = make_target(plan, organization=tree.unit_a, name="Giải quyết việc làm", value="1000")
    report = services.report_save(
        actor=None,
        request=request,
        year=2026,
        organization=tree.unit_a,
        text="Hoàn thành xuất sắc.",
        figures={target.pk: (Decimal("1200"), "")},
    )
    services.report_transition(
        report=report, to="submitted", actor=None, today=dt.date(2026, 12, 10)
    )
    access = movement_access(personas.dept_officer, plan)
    summary = report_summary(movement=plan, access=access, request=request, year=2026)
    text = _text(_render("bao_cao", documents.report_summary_context(plan, summary)))
    for words in (
        "BÁO CÁO",
        "Tình hình gửi báo cáo".upper(),
        "10/12/2026",
        "Đúng hạn",
        "Chưa gửi",
        "120,0 %",
        "Hoàn thành xuất sắc.",
    ):
        assert words in text, words


@pytest.mark.parametrize(
    ("name", "short", "expected"),
    [
        ("Sở Lao động - Thương binh và Xã hội tỉnh Sơn La", "Sở LĐTBXH", "SLĐTBXH"),
        ("Sở Nội vụ tỉnh Lào Cai", "Sở Nội vụ", "SNV"),
        ("Sở Nội vụ tỉnh Lào Cai", "", "SNV"),
        ("Trung tâm Dịch vụ việc làm tỉnh Ninh Bình", "", "TTDVVL"),
        ("Văn phòng Sở", "", "VPS"),
    ],
)
def test_it_abbreviates_the_issuing_body(name, short, expected):
    from thidua.organizations.models import Organization

    assert documents.abbreviation(Organization(name=name, short_name=short)) == expected
