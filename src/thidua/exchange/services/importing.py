"""Taking in a package at the higher level's instance (STYLE convention 11).

Read the zip safely → check the manifest and every checksum → map codes and national ids
→ write everything in one transaction, or nothing, listing every error in Vietnamese.
"""

import datetime as dt
import hashlib
import io
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from thidua.audit.models import EventType
from thidua.audit.services import event_record
from thidua.core.formats import format_number
from thidua.core.permissions import Cap, has_cap_over
from thidua.exchange.manifest import MANIFEST, check_manifest, safe_path
from thidua.exchange.models import ImportedPackage
from thidua.nominations.models import (
    Attachment,
    AttachmentKind,
    Dossier,
    DossierStatus,
    Nomination,
    ReviewRound,
    RoundStatus,
)
from thidua.nominations.services.notify import dossier_notify
from thidua.organizations.models import Organization, Person
from thidua.organizations.people import person_create
from thidua.rules.models import AwardType

MAX_PACKAGE_BYTES = 100 * 1024 * 1024  # the .zip as uploaded
MAX_UNCOMPRESSED_BYTES = 300 * 1024 * 1024  # everything it unpacks to
MAX_FILES = 500
MAX_MANIFEST_BYTES = 5 * 1024 * 1024
_CHUNK = 1024 * 1024


@dataclass
class Unpacked:
    manifest: dict[str, Any]
    files: dict[str, bytes] = field(default_factory=dict)


def _mb(size: int) -> str:
    return format_number(size / (1024 * 1024), 0)


def _read_limited(package: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int) -> bytes:
    """Read one member, never more than its declared size or what is left of the budget
    (a forged header cannot make us unpack more)."""
    limit = min(info.file_size, budget)
    out = bytearray()
    with package.open(info) as handle:
        while chunk := handle.read(_CHUNK):
            out += chunk
            if len(out) > limit:
                raise ValidationError(
                    f"Gói hồ sơ giải nén ra quá {_mb(MAX_UNCOMPRESSED_BYTES)} MB "
                    "hoặc có tệp khai sai dung lượng."
                )
    return bytes(out)


def unpack(content: bytes) -> Unpacked:
    """The manifest and the files of a package, checked for size, count and paths."""
    try:
        package = zipfile.ZipFile(io.BytesIO(content))
    except zipfile.BadZipFile:
        raise ValidationError("Tệp không phải tệp nén .zip hợp lệ.") from None
    with package:
        infos = [i for i in package.infolist() if not i.is_dir()]
        errors = []
        if len(infos) > MAX_FILES:
            errors.append(f"Gói hồ sơ có {len(infos)} tệp, vượt quá {MAX_FILES} tệp.")
        if sum(i.file_size for i in infos) > MAX_UNCOMPRESSED_BYTES:
            errors.append(f"Gói hồ sơ giải nén ra quá {_mb(MAX_UNCOMPRESSED_BYTES)} MB.")
        bad = [i.filename for i in infos if not safe_path(i.filename)]
        errors += [f"Đường dẫn «{name}» trong gói hồ sơ không hợp lệ." for name in bad]
        names = [i.filename for i in infos]
        if len(set(names)) != len(names):
            errors.append("Gói hồ sơ có tệp trùng tên.")
        if MANIFEST not in names:
            errors.append("Gói hồ sơ không có bản kê manifest.json.")
        if errors:
            raise ValidationError(errors)
        budget = MAX_UNCOMPRESSED_BYTES
        files: dict[str, bytes] = {}
        for info in infos:
            data = _read_limited(package, info, budget)
            budget -= len(data)
            files[info.filename] = data
    raw = files.pop(MANIFEST)
    if len(raw) > MAX_MANIFEST_BYTES:
        raise ValidationError("Bản kê manifest.json quá lớn.")
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ValidationError(
            "Bản kê manifest.json không đọc được (không phải JSON UTF-8)."
        ) from None
    return Unpacked(manifest=manifest, files=files)


def check_files(unpacked: Unpacked) -> list[str]:
    """Every file listed is there with its size and SHA-256; nothing else is there."""
    errors = []
    listed = {f["path"]: f for f in unpacked.manifest["files"]}
    for path, entry in listed.items():
        data = unpacked.files.get(path)
        if data is None:
            errors.append(f"Thiếu tệp «{path}» có trong bản kê.")
        elif len(data) != entry["size"] or hashlib.sha256(data).hexdigest() != entry["sha256"]:
            errors.append(f"Tệp «{path}» không khớp mã kiểm tra SHA-256 (đã bị sửa hoặc hỏng).")
    errors += [
        f"Tệp «{path}» không có trong bản kê." for path in unpacked.files if path not in listed
    ]
    return errors


def check_upload(*, name: str, size: int, head: bytes) -> list[str]:
    if not name.lower().endswith(".zip"):
        return ["Hãy chọn tệp gói hồ sơ .zip."]
    if size > MAX_PACKAGE_BYTES:
        return [f"Gói hồ sơ lớn hơn {_mb(MAX_PACKAGE_BYTES)} MB."]
    if not head.startswith(b"PK\x03\x04"):
        return ["Tệp không phải tệp nén .zip hợp lệ."]
    return []


@dataclass
class Mapping:
    sender: Organization | None = None
    units: dict[str, Organization] = field(default_factory=dict)
    awards: dict[str, AwardType] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def map_codes(manifest: dict[str, Any], the_round: ReviewRound) -> Mapping:
    """Organisations and units by code, awards by code, people by national id."""
    m = Mapping()
    sender = manifest["sender"]
    codes = {sender["code"]} | {_unit_of(n)["code"] for n in manifest["nominees"]}
    m.units = {o.code: o for o in Organization.objects.filter(code__in=codes)}
    m.sender = m.units.get(sender["code"])
    if m.sender is None:
        m.errors.append(
            f"Không có đơn vị gửi mã «{sender['code']}» ({sender['name']}) trong hệ thống."
        )
    elif not m.sender.path.startswith(the_round.organizer.path):
        m.errors.append(f"Đơn vị gửi «{m.sender.name}» không thuộc {the_round.organizer.name}.")
    award_codes = {n["award"]["code"] for n in manifest["nominees"]}
    m.awards = {a.code: a for a in AwardType.objects.filter(code__in=award_codes)}
    ids = [n["person"]["national_id"] for n in manifest["nominees"] if n["subject"] == "ca_nhan"]
    m.people = {
        p.national_id: p for p in Person.objects.filter(national_id__in=ids) if p.national_id
    }
    for i, n in enumerate(manifest["nominees"], start=1):
        m.errors += _nominee_errors(i, n, m)
    return m


def _unit_of(n: dict[str, Any]) -> dict[str, str]:
    """The unit a person works in, or the collective itself."""
    unit: dict[str, str] = n["person"]["unit"] if n["subject"] == "ca_nhan" else n["organization"]
    return unit


def _nominee_errors(i: int, n: dict[str, Any], m: Mapping) -> list[str]:
    errors = []
    org = _unit_of(n)
    if org["code"] not in m.units:
        errors.append(
            f"Người, tập thể thứ {i}: không có đơn vị mã «{org['code']}» ({org['name']}) trong hệ thống."
        )
    if n["award"]["code"] not in m.awards:
        errors.append(
            f"Người, tập thể thứ {i}: không có danh hiệu, hình thức mã «{n['award']['code']}»."
        )
    return errors


def _subject(
    n: dict[str, Any], m: Mapping, actor: Any
) -> tuple[Person | None, Organization | None]:
    if n["subject"] == "tap_the":
        return None, m.units[n["organization"]["code"]]
    data = n["person"]
    person = m.people.get(data["national_id"])
    if person is None:
        birth = data.get("birth_date")
        try:
            person = person_create(
                actor=actor,
                data={
                    "full_name": data["full_name"],
                    "birth_date": dt.date.fromisoformat(birth) if birth else None,
                    "gender": data.get("gender") or "",
                    "national_id": data["national_id"],
                },
                organization=m.units[data["unit"]["code"]],
                position=data.get("position") or "",
                start_date=timezone.localdate(),
            )
        except ValidationError as error:
            raise ValidationError(
                [f"{data['full_name']}: {text}" for text in error.messages]
            ) from None
        m.people[data["national_id"]] = person
    return person, None


_KIND = {"council_minutes": AttachmentKind.REVIEW_MINUTES}


@transaction.atomic
def package_import(*, upload: Any, the_round: ReviewRound, actor: Any) -> Dossier:
    """Create a submitted dossier in `the_round` from an uploaded package, or refuse it
    whole with every error found (ValidationError with a list of Vietnamese messages)."""
    if not has_cap_over(actor, Cap.APPRAISE, the_round.organizer.path):
        raise PermissionDenied("Bạn không có quyền nhập hồ sơ vào đợt xét này.")
    if the_round.status != RoundStatus.OPEN:
        raise ValidationError("Đợt xét đã kết thúc, không nhận thêm hồ sơ.")
    upload.seek(0)
    errors = check_upload(name=upload.name, size=upload.size, head=upload.read(4))
    if errors:
        raise ValidationError(errors)
    upload.seek(0)
    content = upload.read()
    digest = hashlib.sha256(content).hexdigest()
    if (
        ImportedPackage.objects.filter(sha256=digest).exists()
        or Dossier.objects.filter(source_package=digest).exists()
    ):
        raise ValidationError("Gói hồ sơ này đã được nhập trước đây.")
    unpacked = unpack(content)
    errors = check_manifest(unpacked.manifest)
    if errors:
        raise ValidationError(errors)
    errors = check_files(unpacked)
    mapping = map_codes(unpacked.manifest, the_round)
    errors += mapping.errors
    if errors:
        raise ValidationError(errors)
    dossier = _create(unpacked, mapping, the_round, digest, actor)
    package = ImportedPackage(
        sha256=digest,
        original_name=upload.name[-255:],
        size=len(content),
        manifest=unpacked.manifest,
        sender_code=unpacked.manifest["sender"]["code"],
        dossier=dossier,
        imported_by=actor if getattr(actor, "pk", None) else None,
    )
    package.file.save(f"{digest[:16]}.zip", ContentFile(content), save=False)
    package.full_clean()
    package.save()
    event_record(
        actor=actor,
        event_type=EventType.PACKAGE_IMPORTED,
        subject=dossier,
        organization=the_round.organizer,
        data={
            "package": package.pk,
            "sha256": digest,
            "sender": unpacked.manifest["sender"],
            "source_dossier": unpacked.manifest["dossier"].get("id"),
            "nominees": len(unpacked.manifest["nominees"]),
            "files": len(unpacked.manifest["files"]),
        },
    )
    dossier_notify(
        dossier=dossier,
        text=f"Đã nhập hồ sơ «{dossier.title}» từ gói hồ sơ của {dossier.organization.name}.",
        to="officer",
    )
    return dossier


def _create(
    unpacked: Unpacked, m: Mapping, the_round: ReviewRound, digest: str, actor: Any
) -> Dossier:
    manifest = unpacked.manifest
    assert m.sender is not None
    now = timezone.now()
    dossier = Dossier(
        round=the_round,
        organization=m.sender,
        title=manifest["dossier"]["title"][:300],
        number=(manifest["dossier"].get("number") or "")[:64],
        note=f"Nhập từ gói hồ sơ của {manifest['sender']['name']} (SHA-256 {digest}).",
        status=DossierStatus.SUBMITTED,
        submitted_at=now,
        source_package=digest,
        created_by=actor if getattr(actor, "pk", None) else None,
    )
    dossier.full_clean()
    dossier.save()
    by_key: dict[Any, Nomination] = {}
    for order, n in enumerate(manifest["nominees"], start=1):
        person, org = _subject(n, m, actor)
        nomination = Nomination(
            dossier=dossier,
            person=person,
            organization=org,
            award_type=m.awards[n["award"]["code"]],
            position=((n["person"] or {}).get("position") or "")[:200],
            summary=n["summary"],
            order=order,
        )
        nomination.full_clean()
        nomination.save()
        by_key[n["key"]] = nomination
    for f in manifest["files"]:
        data = unpacked.files[f["path"]]
        attachment = Attachment(
            dossier=dossier,
            nomination=by_key.get(f["nominee"]),
            kind=_KIND.get(f["kind"], f["kind"]),
            original_name=f["name"][:255],
            size=len(data),
            sha256=f["sha256"],
            uploaded_by=actor if getattr(actor, "pk", None) else None,
        )
        attachment.file.save(PurePosixPath(f["path"]).name, ContentFile(data), save=False)
        attachment.full_clean()
        attachment.save()
    return dossier
