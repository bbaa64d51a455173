"""`thidua renderdocument`: offline rendering and generation without a worker."""

from io import BytesIO
from pathlib import Path
from typing import Any

import docx
import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from tests.documents.helpers import sample
from thidua.documents.models import DocumentStatus, GeneratedDocument


def test_it_renders_a_sample_docx(tree: Any, tmp_path: Path) -> None:
    out = tmp_path / "cong-van.docx"
    call_command("renderdocument", "cong_van", "--out", str(out), "--org", tree.unit_a.code)
    texts = [p.text for p in docx.Document(BytesIO(out.read_bytes())).paragraphs]
    assert "Kính gửi: Các phòng chuyên môn, các đơn vị trực thuộc Sở." in texts


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["khong_co", "--out", "x.docx"], "Không có mẫu văn bản mã «khong_co»"),
        (["ke_hoach", "--out", "x.docx", "--org", "KHONG"], "Không có đơn vị mã «KHONG»"),
        (["ke_hoach", "--out", "x.odt"], ".docx hoặc .pdf"),
        ([], "Cần mã mẫu và --out"),
    ],
)
def test_it_explains_bad_input(db: Any, arguments: list[str], message: str) -> None:
    with pytest.raises(CommandError, match=message):
        call_command("renderdocument", *arguments)


def test_it_generates_pending_documents_without_a_worker(
    tree: Any, settings: Any, capsys: Any
) -> None:
    settings.SOFFICE_BINARY = "/khong/co/soffice"  # the .docx alone is enough here
    document = GeneratedDocument.objects.create(
        template_code="danh_sach",
        organization=tree.unit_a,
        title="Danh sách đăng ký",
        context=sample("danh_sach"),
        created_at=timezone.now(),
    )
    call_command("renderdocument", "--pending")
    document.refresh_from_db()
    assert document.status == DocumentStatus.READY and document.docx
    assert "Đã xử lý 1 văn bản đang chờ: 1 tạo xong." in capsys.readouterr().out
