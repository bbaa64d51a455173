"""The received-document pages: upload, preview, record, create a movement, scope."""

import re
from pathlib import Path
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.conftest import client_for
from tests.movements.helpers import make_movement
from thidua.audit.models import Event
from thidua.ingest.models import AwardStatistic, ReceivedDocument
from thidua.movements import services as movement_services
from thidua.movements.models import Movement, MovementStatus

HEADER = """UBND TỈNH SƠN LA                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI          Độc lập - Tự do - Hạnh phúc
"""
PLAN = (
    HEADER
    + """
Số: 12/KH-SLĐTBXH                     Sơn La, ngày 10 tháng 02 năm 2025

KẾ HOẠCH
Phát động phong trào thi đua "Chung tay vì người nghèo" năm 2025

Căn cứ Chỉ thị số 01/CT-UBND ngày 05/01/2025 của Ủy ban nhân dân tỉnh về thi đua năm 2025;

II. CHỈ TIÊU
- Giảm tỷ lệ hộ nghèo xuống dưới 15,66%.
- Giải quyết việc làm mới cho ít nhất 12.000 lao động.

III. TỔ CHỨC THỰC HIỆN
Các đơn vị báo cáo kết quả về Sở trước ngày 15/12/2025.
Khen thưởng: Bằng khen của Chủ tịch UBND tỉnh; Giấy khen của Giám đốc Sở.

Nơi nhận:                                    GIÁM ĐỐC
- Lưu: VT.
"""
)
REPORT = (
    HEADER
    + """
Số: 45/BC-SLĐTBXH                     Sơn La, ngày 20 tháng 11 năm 2024

BÁO CÁO
Tổng kết công tác thi đua, khen thưởng năm 2024

Năm 2024, Sở đã đề nghị công nhận danh hiệu Chiến sĩ thi đua cơ sở cho 18/224 cá nhân; \
danh hiệu Tập thể lao động xuất sắc cho 5 tập thể.

Nơi nhận:                                    GIÁM ĐỐC
- Lưu: VT.
"""
)
UPLOAD = reverse("ingest:received-upload")
CONFIRM = reverse("ingest:received-confirm")


def _upload(client: Any, org: Any, text: str | bytes, name: str = "van-ban.txt") -> Any:
    data = text.encode() if isinstance(text, str) else text
    return client.post(
        UPLOAD, {"organization": org.pk, "file": SimpleUploadedFile(name, data, "text/plain")}
    )


def _confirm_data(response: Any, **changes: str) -> dict[str, str]:
    form = response.context["form"]
    data = {name: form[name].value() or "" for name in form.fields}
    data["issue_date"] = form["issue_date"].value().strftime("%d/%m/%Y")
    data.update(changes)
    return data


def test_upload_shows_editable_preview_and_saves_nothing(tree: Any, personas: Any) -> None:
    response = _upload(client_for(personas.officer_a), tree.unit_a, PLAN)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="12"' in html and 'value="KH-SLĐTBXH"' in html
    assert 'value="10/02/2025"' in html
    assert "Giảm tỷ lệ hộ nghèo" in html and "01/CT-UBND" in html and "15/12/2025" in html
    assert "Ghi nhận văn bản đến" in html and "Tạo phong trào từ văn bản" in html
    assert not ReceivedDocument.objects.exists()


def test_bad_file_shows_the_command_message_and_saves_nothing(
    tree: Any, personas: Any, tmp_path: Path, settings: Any
) -> None:
    client = client_for(personas.officer_a)
    response = _upload(client, tree.unit_a, b"\x00\x01\x02binary\x00" * 50, name="x.txt")
    assert response.status_code == 200
    assert "Tệp không phải là văn bản (có vẻ là tệp nhị phân)." in response.content.decode()
    response = _upload(client, tree.unit_a, b"", name="rong.txt")
    assert "Tệp rỗng, không có nội dung: rong.txt" in response.content.decode()
    assert not ReceivedDocument.objects.exists()
    assert not (Path(settings.MEDIA_ROOT) / "ingest").exists()


def test_record_saves_document_statistics_and_event(tree: Any, personas: Any) -> None:
    client = client_for(personas.officer_a)
    preview = _upload(client, tree.unit_a, REPORT)
    response = client.post(CONFIRM, {**_confirm_data(preview), "action": "record"})
    document = ReceivedDocument.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("ingest:received-detail", args=[document.pk])
    assert document.organization == tree.unit_a and document.doc_type == "bao_cao"
    assert document.number_symbol == "45/BC-SLĐTBXH" and document.file.read().startswith(b"UBND")
    stats = {
        (s.year, s.award_code, s.subject, s.count, s.total) for s in AwardStatistic.objects.all()
    }
    assert stats == {(2024, "CSTDCS", "ca_nhan", 18, 224), (2024, "TTLDXS", "tap_the", 5, None)}
    assert Event.objects.filter(event_type="received_document.recorded").count() == 1
    assert "CSTDCS" in client.get(response["Location"]).content.decode()


def test_edited_fields_are_kept_and_forged_token_refused(tree: Any, personas: Any) -> None:
    client = client_for(personas.officer_a)
    data = _confirm_data(_upload(client, tree.unit_a, PLAN), title="Trích yếu đã sửa")
    forged = client.post(CONFIRM, {**data, "token": data["token"] + "x", "action": "record"})
    assert forged.status_code == 302 and not ReceivedDocument.objects.exists()
    other = client_for(personas.officer_b).post(CONFIRM, {**data, "action": "record"})
    assert other.status_code == 302 and not ReceivedDocument.objects.exists()
    client.post(CONFIRM, {**data, "action": "record"})
    document = ReceivedDocument.objects.get()
    assert document.title == "Trích yếu đã sửa"
    assert not AwardStatistic.objects.exists()  # a plan has no award counts


def test_create_movement_makes_prefilled_draft(tree: Any, personas: Any) -> None:
    parent = make_movement(
        tree, title="Thi đua năm 2025", organizer=tree.dept, start=2025, end=2025
    )
    movement_services.legal_document_add(
        actor=None, movement=parent, data={"kind": "directive", "number": "01/CT-UBND"}
    )
    client = client_for(personas.officer_a)
    preview = _upload(client, tree.unit_a, PLAN)
    response = client.post(CONFIRM, {**_confirm_data(preview), "action": "movement"})
    movement = Movement.objects.exclude(pk=parent.pk).get()
    assert response.status_code == 302
    assert response["Location"] == reverse("movements:movement-edit", args=[movement.pk])
    assert movement.status == MovementStatus.DRAFT and movement.organizer == tree.unit_a
    assert (movement.start_year, movement.end_year) == (2025, 2025)
    assert movement.parent == parent
    targets = {(t.name, t.unit, t.direction) for t in movement.targets.all()}
    assert ("Giảm tỷ lệ hộ nghèo", "%", "at_most") in targets and len(targets) == 2
    names = {n.name for n in movement.named_movements.all()}
    assert "Chung tay vì người nghèo" in names
    assert "BANG_KHEN_TINH" in {a.code for a in movement.award_forms.all()}
    assert "15/12/2025" in movement.content_items.get().body
    assert movement.documents.get().number == "12/KH-SLĐTBXH"
    assert ReceivedDocument.objects.get().movement == movement


def test_other_unit_cannot_see_received_document(tree: Any, personas: Any) -> None:
    client = client_for(personas.officer_a)
    preview = _upload(client, tree.unit_a, REPORT)
    client.post(CONFIRM, {**_confirm_data(preview), "action": "record"})
    document = ReceivedDocument.objects.get()
    other = client_for(personas.officer_b)
    assert other.get(reverse("ingest:received-detail", args=[document.pk])).status_code == 404
    assert other.get(reverse("ingest:received-download", args=[document.pk])).status_code == 404
    listing = other.get(reverse("ingest:received-list")).content.decode()
    assert "45/BC-SLĐTBXH" not in listing
    assert "45/BC-SLĐTBXH" in client.get(reverse("ingest:received-list")).content.decode()


def test_officer_b_cannot_upload_for_unit_a(tree: Any, personas: Any) -> None:
    response = _upload(client_for(personas.officer_b), tree.unit_a, PLAN)
    assert response.status_code == 200 and "organization" in response.context["form"].errors
    assert client_for(personas.staff_a).get(UPLOAD).status_code == 403


def test_movement_list_links_to_upload(tree: Any, personas: Any) -> None:
    html = client_for(personas.officer_a).get(reverse("movements:movement-list")).content
    assert re.search(rb"tiep-nhan/tai-len/", html)


def test_it_purges_uploads_whose_preview_expired(settings, tmp_path):
    import datetime as dt
    import os

    from django.utils import timezone

    from thidua.ingest import records

    settings.MEDIA_ROOT = tmp_path
    fresh = records.pending_store(data=b"fresh upload")
    stale = records.pending_store(data=b"stale upload")
    old = (timezone.now() - dt.timedelta(seconds=records.TOKEN_MAX_AGE + 60)).timestamp()
    os.utime(tmp_path / records.PENDING_DIR / stale, (old, old))
    assert records.pending_purge() == 1
    assert (tmp_path / records.PENDING_DIR / fresh).exists()
    assert not (tmp_path / records.PENDING_DIR / stale).exists()
