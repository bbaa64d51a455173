"""Replaceable templates per organisation, and the documents generated from them."""

import datetime as dt
import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

STALE_AFTER = dt.timedelta(seconds=60)


def _template_path(instance: "DocumentTemplate", filename: str) -> str:
    return f"documents/templates/{instance.code}/{uuid.uuid4().hex}.docx"


class DocumentTemplate(models.Model):
    """An uploaded replacement of a shipped template, for an organisation and its subtree.

    `organization` empty means every organisation (uploaded by a system administrator).
    Versions count per (code, organisation); at most one of them is active.
    """

    code = models.CharField(_("mã mẫu"), max_length=32)
    organization = models.ForeignKey(
        "organizations.Organization",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("đơn vị"),
    )
    file = models.FileField(_("tệp mẫu"), upload_to=_template_path, max_length=255)
    original_name = models.CharField(_("tên tệp"), max_length=255, blank=True)
    size = models.PositiveBigIntegerField(_("dung lượng"), default=0)
    sha256 = models.CharField(max_length=64)
    version = models.PositiveIntegerField(_("phiên bản"))
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("người tải lên"),
    )
    uploaded_at = models.DateTimeField(_("thời điểm tải lên"))
    active = models.BooleanField(_("đang dùng"), default=True)

    class Meta:
        ordering = ["code", "organization__path", "-version"]
        verbose_name = _("mẫu văn bản")
        verbose_name_plural = _("mẫu văn bản")
        constraints = [
            # template_for: at most one active override per code and organisation
            models.UniqueConstraint(
                fields=["code", "organization"],
                condition=Q(active=True, organization__isnull=False),
                name="doctemplate_one_active",
            ),
            models.UniqueConstraint(
                fields=["code"],
                condition=Q(active=True, organization__isnull=True),
                name="doctemplate_one_active_global",
            ),
            models.UniqueConstraint(
                fields=["code", "organization", "version"],
                condition=Q(organization__isnull=False),
                name="doctemplate_version",
            ),
            models.UniqueConstraint(
                fields=["code", "version"],
                condition=Q(organization__isnull=True),
                name="doctemplate_version_global",
            ),
        ]

    def __str__(self) -> str:
        scope = self.organization.name if self.organization else "toàn hệ thống"
        return f"Mẫu {self.code} v{self.version} ({scope})"


class DocumentStatus(models.TextChoices):
    PENDING = "pending", _("Đang tạo")
    READY = "ready", _("Đã tạo")
    FAILED = "failed", _("Lỗi")


def _generated_path(instance: "GeneratedDocument", filename: str) -> str:
    return f"documents/generated/{instance.created_at:%Y/%m}/{instance.pk}-{filename}"


class GeneratedDocument(models.Model):
    """One document generated from a template and a stored context (STYLE convention 12)."""

    template_code = models.CharField(_("mã mẫu"), max_length=32)
    # 0 is the file shipped with the application; its hash says which release it was.
    template_version = models.PositiveIntegerField(_("phiên bản mẫu"), default=0)
    template = models.ForeignKey(
        DocumentTemplate,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="documents",
        verbose_name=_("mẫu tải lên"),
    )
    template_sha256 = models.CharField(max_length=64, blank=True)
    organization = models.ForeignKey(
        "organizations.Organization",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("đơn vị"),
    )
    # What the document is about, named like audit.Event's subject (app_label.model, pk).
    subject_type = models.CharField(_("loại đối tượng"), max_length=64, blank=True)
    subject_id = models.CharField(_("mã đối tượng"), max_length=64, blank=True)
    title = models.CharField(_("tiêu đề"), max_length=500)
    context = models.JSONField(_("dữ liệu"), default=dict, blank=True)
    docx = models.FileField(_("tệp Word"), upload_to=_generated_path, max_length=255, blank=True)
    docx_sha256 = models.CharField(max_length=64, blank=True)
    pdf = models.FileField(_("tệp PDF"), upload_to=_generated_path, max_length=255, blank=True)
    pdf_sha256 = models.CharField(max_length=64, blank=True)
    status = models.CharField(
        _("trạng thái"),
        max_length=16,
        choices=DocumentStatus.choices,
        default=DocumentStatus.PENDING,
    )
    error = models.TextField(_("lỗi"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("người tạo"),
    )
    created_at = models.DateTimeField(_("thời điểm yêu cầu"))
    finished_at = models.DateTimeField(_("thời điểm tạo xong"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("văn bản đã tạo")
        verbose_name_plural = _("văn bản đã tạo")
        indexes = [
            # documents_for_subject: the documents of a movement, newest first
            models.Index(
                fields=["subject_type", "subject_id", "created_at"], name="document_subject"
            ),
            # document_list_for_user: scoped by organisation, newest first
            models.Index(fields=["organization", "created_at"], name="document_org"),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_pending(self) -> bool:
        return self.status == DocumentStatus.PENDING

    @property
    def can_retry(self) -> bool:
        """Failed, or made without its PDF (LibreOffice was missing or failed)."""
        return self.status == DocumentStatus.FAILED or (
            self.status == DocumentStatus.READY and not self.pdf
        )

    @property
    def is_stale(self) -> bool:
        """Pending for longer than a conversion takes: the worker is probably not running."""
        return self.is_pending and timezone.now() - self.created_at > STALE_AFTER

    def download_name(self, extension: str) -> str:
        """The file name users see: the title, in Vietnamese, safe for every system."""
        cleaned = "".join(c if c not in '\\/:*?"<>|\r\n\t' else " " for c in self.title)
        stem = " ".join(cleaned.split())[:150].rstrip(" .") or "van-ban"
        return f"{stem}.{extension}"
