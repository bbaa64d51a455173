"""Upward proposals (trình cấp trên): packages sent, packages received, decisions recorded.

A package is a .zip with a JSON manifest and the dossier's files, each with its SHA-256
(exchange/manifest.py); it is kept as sent, and the receiving instance keeps what it took in.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ExportPackage(models.Model):
    """A package made at the sending instance; the dossier moved CONCLUDED → FORWARDED."""

    dossier = models.ForeignKey(
        "nominations.Dossier", on_delete=models.PROTECT, related_name="export_packages"
    )
    file = models.FileField(_("gói hồ sơ"), upload_to="exchange/sent/%Y/")
    filename = models.CharField(_("tên tệp"), max_length=255)
    size = models.PositiveBigIntegerField(_("dung lượng"))
    sha256 = models.CharField(max_length=64, db_index=True)
    manifest = models.JSONField(_("bản kê"), default=dict)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("gói hồ sơ trình cấp trên")
        verbose_name_plural = _("gói hồ sơ trình cấp trên")

    def __str__(self) -> str:
        return self.filename


class ImportedPackage(models.Model):
    """A package taken in at the higher level: one dossier per package, never twice."""

    sha256 = models.CharField(max_length=64, unique=True)
    file = models.FileField(_("gói hồ sơ"), upload_to="exchange/received/%Y/")
    original_name = models.CharField(_("tên tệp"), max_length=255)
    size = models.PositiveBigIntegerField(_("dung lượng"))
    manifest = models.JSONField(_("bản kê"), default=dict)
    sender_code = models.CharField(_("mã đơn vị gửi"), max_length=32)
    dossier = models.OneToOneField(
        "nominations.Dossier", on_delete=models.PROTECT, related_name="imported_package"
    )
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    imported_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-imported_at", "-id"]
        verbose_name = _("gói hồ sơ đã nhận")
        verbose_name_plural = _("gói hồ sơ đã nhận")

    def __str__(self) -> str:
        return self.original_name


class UpperDecision(models.Model):
    """The higher level's decision on a forwarded dossier, as recorded back home."""

    dossier = models.OneToOneField(
        "nominations.Dossier", on_delete=models.PROTECT, related_name="upper_decision"
    )
    decision_number = models.CharField(_("số quyết định"), max_length=64)
    decision_date = models.DateField(_("ngày quyết định"))
    issuer = models.CharField(_("cơ quan, người ban hành"), max_length=255)
    # [{"nomination": id, "name": …, "award": code, "awarded": bool}]
    results = models.JSONField(_("kết quả từng người, tập thể"), default=list)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("quyết định của cấp trên")
        verbose_name_plural = _("quyết định của cấp trên")

    def __str__(self) -> str:
        return self.decision_number
