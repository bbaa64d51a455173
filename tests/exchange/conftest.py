"""A concluded dossier of unit A with one nominee for an award decided above the department
(CSTĐ tỉnh) and one decided by the department (Giấy khen), files, and its letter."""

import io
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone

from tests.factories import make_person, make_user
from tests.publicity.fixtures import add_nominee, make_dossier, make_round
from thidua.accounts.models import Role
from thidua.documents.models import GeneratedDocument
from thidua.exchange.services.export import package_export
from thidua.exchange.services.letter import letter_request
from thidua.nominations.models import Attachment, DossierStatus

DOCX_HEAD = b"PK\x03\x04"


@dataclass
class Concluded:
    round: Any
    dossier: Any
    upward: Any
    local: Any


@pytest.fixture
def immediate_tasks(settings: Any) -> None:
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def _attach(dossier: Any, kind: str, name: str, content: bytes, nomination: Any = None) -> Any:
    import hashlib

    a = Attachment(
        dossier=dossier,
        nomination=nomination,
        kind=kind,
        original_name=name,
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
    )
    a.file.save(name, ContentFile(content), save=False)
    a.save()
    return a


@pytest.fixture
def concluded(tree: Any, personas: Any) -> Concluded:
    the_round = make_round(tree.dept)
    dossier = make_dossier(the_round, tree.unit_a, status=DossierStatus.CONCLUDED)
    upward = add_nominee(dossier, person=make_person("Trần Văn Hùng", org=tree.unit_a))
    local = add_nominee(
        dossier, code="GIAY_KHEN", person=make_person("Lò Thị Mai", org=tree.unit_a)
    )
    _attach(dossier, "achievement_report", "Báo cáo thành tích Hùng.pdf", b"%PDF-1.4 hung", upward)
    _attach(dossier, "achievement_report", "Báo cáo thành tích Mai.pdf", b"%PDF-1.4 mai", local)
    _attach(dossier, "review_minutes", "Biên bản bình xét.pdf", b"%PDF-1.4 bien ban")
    return Concluded(round=the_round, dossier=dossier, upward=upward, local=local)


@pytest.fixture
def letter(concluded: Concluded, personas: Any, immediate_tasks: None, monkeypatch: Any) -> Any:
    """The Tờ trình, rendered as .docx (the PDF conversion is tested by the documents app)."""
    from thidua.documents import services

    monkeypatch.setattr(services, "docx_to_pdf", lambda docx: b"%PDF-1.4 to trinh")
    from django.test import TestCase

    with TestCase.captureOnCommitCallbacks(execute=True):
        document = letter_request(
            dossier=concluded.dossier,
            actor=personas.dept_officer,
            recipient="Chủ tịch Ủy ban nhân dân tỉnh Sơn La",
            signer_name="Lò Văn Minh",
            signer_authority=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        )
    document.refresh_from_db()
    return document


@pytest.fixture
def council_minutes(concluded: Concluded, tree: Any, monkeypatch: Any) -> GeneratedDocument:
    """The council's minutes as the councils app hands them over."""
    from thidua.exchange.services import export

    document = GeneratedDocument(
        template_code="bien_ban_hop_hoi_dong",
        organization=tree.dept,
        title="Biên bản họp Hội đồng",
        status="ready",
        created_at=timezone.now(),
    )
    document.save()
    document.docx.save("bien-ban.docx", ContentFile(DOCX_HEAD + b" minutes"), save=False)
    document.save()
    monkeypatch.setattr(export, "council_documents_for_dossier", lambda dossier: [document])
    return document


@pytest.fixture
def package(concluded: Concluded, personas: Any, letter: Any, council_minutes: Any) -> Any:
    return package_export(dossier=concluded.dossier, actor=personas.dept_officer)


@pytest.fixture
def province_officer(tree: Any) -> Any:
    return make_user("province_officer", Role.EMULATION_OFFICER, tree.province)


@pytest.fixture
def province_round(tree: Any) -> Any:
    return make_round(tree.province, title="Xét khen thưởng cấp tỉnh năm 2025")


def read_package(content: bytes) -> tuple[dict[str, Any], dict[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(content)) as z:
        files = {n: z.read(n) for n in z.namelist()}
    return json.loads(files.pop("manifest.json")), files


def repack(
    content: bytes,
    *,
    manifest: Callable[[dict[str, Any]], None] | None = None,
    files: Callable[[dict[str, bytes]], None] | None = None,
) -> bytes:
    """The package with its manifest or files changed (the checksums are not updated)."""
    data, contents = read_package(content)
    if manifest:
        manifest(data)
    if files:
        files(contents)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", json.dumps(data, ensure_ascii=False))
        for name, body in contents.items():
            z.writestr(name, body)
    return buffer.getvalue()
