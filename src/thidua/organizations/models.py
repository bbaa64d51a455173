"""Organisations with their history, people, and employments linking the two over time.

An organisation is one row for life (its identity); what changes over time (name, parent)
lives in `OrganizationVersion`. The current state is copied onto `Organization` so that
permission scopes and lists are single-table queries (ADR 0001).
"""

import datetime as dt

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class OrgKind(models.TextChoices):
    PROVINCIAL_COMMITTEE = "provincial_committee", _("UBND tỉnh")
    DEPARTMENT = "department", _("Sở, ban, ngành")
    DIVISION = "division", _("Phòng chuyên môn")
    PUBLIC_SERVICE_UNIT = "public_service_unit", _("Đơn vị sự nghiệp")
    DISTRICT_OFFICE = "district_office", _("Phòng cấp huyện")
    COMMUNE = "commune", _("Xã, phường")
    ENTERPRISE = "enterprise", _("Doanh nghiệp")
    OTHER = "other", _("Khác")


class Organization(models.Model):
    code = models.CharField(_("mã đơn vị"), max_length=32, unique=True)
    name = models.CharField(_("tên đơn vị"), max_length=255)
    short_name = models.CharField(_("tên viết tắt"), max_length=64, blank=True)
    kind = models.CharField(_("loại hình"), max_length=32, choices=OrgKind.choices)
    place = models.CharField(_("địa danh"), max_length=100, blank=True)
    # For an active unit: its parent today. For a merged unit: its successor, so that the
    # successor's officers keep access to the history they inherited (ADR 0001).
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("đơn vị cấp trên"),
    )
    path = models.CharField(max_length=255, db_index=True, editable=False, default="")
    valid_from = models.DateField(_("hiệu lực từ ngày"), default=dt.date(2000, 1, 1))
    valid_to = models.DateField(_("hiệu lực đến ngày"), null=True, blank=True)
    successor = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="predecessors",
        verbose_name=_("đơn vị kế thừa"),
    )
    name_folded = models.CharField(max_length=255, editable=False, default="", db_index=True)

    class Meta:
        ordering = ["path"]
        verbose_name = _("đơn vị")
        verbose_name_plural = _("đơn vị")
        constraints = [
            models.CheckConstraint(
                condition=Q(valid_to__isnull=True) | Q(valid_to__gte=models.F("valid_from")),
                name="org_valid_period",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_active(self) -> bool:
        return self.valid_to is None

    @property
    def depth(self) -> int:
        return self.path.count(".") - 1

    def is_active_on(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day < self.valid_to)


class OrganizationVersion(models.Model):
    """What an organisation was called and where it sat during [valid_from, valid_to)."""

    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="versions"
    )
    name = models.CharField(_("tên đơn vị"), max_length=255)
    short_name = models.CharField(_("tên viết tắt"), max_length=64, blank=True)
    kind = models.CharField(_("loại hình"), max_length=32, choices=OrgKind.choices)
    parent = models.ForeignKey(
        Organization, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    valid_from = models.DateField(_("từ ngày"))
    valid_to = models.DateField(_("đến ngày"), null=True, blank=True)

    class Meta:
        ordering = ["organization", "valid_from"]
        indexes = [models.Index(fields=["valid_from", "valid_to"], name="orgversion_period")]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "valid_from"], name="orgversion_unique_start"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.valid_from:%d/%m/%Y}–)"


class OrgEventKind(models.TextChoices):
    CREATED = "created", _("Thành lập")
    RENAMED = "renamed", _("Đổi tên")
    MOVED = "moved", _("Chuyển đơn vị cấp trên")
    MERGED = "merged", _("Sáp nhập")
    SPLIT = "split", _("Chia tách")
    DISSOLVED = "dissolved", _("Giải thể")


class OrganizationEvent(models.Model):
    """A structural change with its legal basis, shown on the organisation's history."""

    kind = models.CharField(_("loại thay đổi"), max_length=16, choices=OrgEventKind.choices)
    date = models.DateField(_("ngày hiệu lực"))
    organization = models.ForeignKey(
        Organization, on_delete=models.PROTECT, related_name="org_events"
    )
    related = models.ManyToManyField(Organization, blank=True, related_name="+")
    decision = models.CharField(_("căn cứ (số quyết định)"), max_length=100, blank=True)
    note = models.TextField(_("ghi chú"), blank=True)
    data = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["date", "id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.organization} {self.date:%d/%m/%Y}"


class Gender(models.TextChoices):
    MALE = "male", _("Nam")
    FEMALE = "female", _("Nữ")


class StaffCategory(models.TextChoices):
    CIVIL_SERVANT = "civil_servant", _("Công chức")
    PUBLIC_EMPLOYEE = "public_employee", _("Viên chức")
    WORKER = "worker", _("Người lao động")
    LEADER = "leader", _("Cán bộ")
    OTHER = "other", _("Khác")


class Person(models.Model):
    """One person, one record for life, across moves and mergers."""

    full_name = models.CharField(_("họ và tên"), max_length=150)
    name_folded = models.CharField(max_length=150, editable=False, default="")
    birth_date = models.DateField(_("ngày sinh"), null=True, blank=True)
    gender = models.CharField(_("giới tính"), max_length=8, choices=Gender.choices, blank=True)
    national_id = models.CharField(_("số CCCD"), max_length=12, null=True, blank=True, unique=True)
    civil_servant_code = models.CharField(
        _("mã số công chức, viên chức"), max_length=32, blank=True
    )
    email = models.EmailField(_("thư điện tử"), blank=True)
    phone = models.CharField(_("điện thoại"), max_length=20, blank=True)
    # Derived from the employment in force today; maintained by the employment services.
    current_organization = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("đơn vị hiện tại"),
    )
    current_position = models.CharField(_("chức vụ hiện tại"), max_length=150, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name_folded", "id"]
        verbose_name = _("cá nhân")
        verbose_name_plural = _("cá nhân")
        indexes = [
            # person list ordered by name; duplicate check on (name, birth date)
            models.Index(fields=["name_folded", "birth_date"], name="person_name_birth"),
            # person list scoped by unit
            models.Index(fields=["current_organization", "name_folded"], name="person_org_name"),
        ]

    def __str__(self) -> str:
        return self.full_name


class Employment(models.Model):
    """A person's post in an organisation during [start_date, end_date]."""

    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="employments")
    organization = models.ForeignKey(
        Organization, on_delete=models.PROTECT, related_name="employments"
    )
    position = models.CharField(_("chức vụ"), max_length=150, blank=True)
    staff_category = models.CharField(
        _("loại cán bộ"),
        max_length=20,
        choices=StaffCategory.choices,
        default=StaffCategory.CIVIL_SERVANT,
    )
    start_date = models.DateField(_("từ ngày"))
    end_date = models.DateField(_("đến ngày"), null=True, blank=True)

    class Meta:
        ordering = ["person", "-start_date"]
        verbose_name = _("quá trình công tác")
        verbose_name_plural = _("quá trình công tác")
        indexes = [
            models.Index(
                fields=["organization", "start_date", "end_date"], name="employment_org_period"
            )
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=models.F("start_date")),
                name="employment_valid_period",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person} – {self.organization}"

    def is_active_on(self, day: dt.date) -> bool:
        return self.start_date <= day and (self.end_date is None or day <= self.end_date)


class ImportStatus(models.TextChoices):
    VALIDATED = "validated", _("Đã kiểm tra (chạy thử)")
    COMPLETED = "completed", _("Đã nhập")
    PARTIAL = "partial", _("Đã nhập, bỏ qua dòng lỗi")
    REJECTED = "rejected", _("Bị từ chối")


class ImportLog(models.Model):
    """One Excel upload: the kept file, who sent it, what came of it (STYLE convention 11)."""

    file = models.FileField(_("tệp"), upload_to="imports/%Y/%m/", max_length=255, blank=True)
    original_name = models.CharField(_("tên tệp"), max_length=255, blank=True)
    size = models.PositiveBigIntegerField(_("dung lượng"), default=0)
    sha256 = models.CharField(max_length=64, blank=True)
    uploaded_by = models.ForeignKey(
        "accounts.User",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("người nhập"),
    )
    at = models.DateTimeField(_("thời điểm"), db_index=True)
    status = models.CharField(_("kết quả"), max_length=16, choices=ImportStatus.choices)
    skip_bad_rows = models.BooleanField(_("bỏ qua dòng lỗi"), default=False)
    counts = models.JSONField(_("số liệu"), default=dict, blank=True)
    # Row-addressed errors and warnings as dicts (sheet, row, column, header, message, level),
    # capped so that a file full of errors does not make a huge row; counts has the totals.
    errors = models.JSONField(_("lỗi"), default=list, blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("lần nhập Excel")
        verbose_name_plural = _("nhật ký nhập Excel")

    def __str__(self) -> str:
        return f"{self.original_name} ({self.get_status_display()})"
