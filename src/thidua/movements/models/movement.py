"""A movement (phong trào thi đua), what it asks for, who competes and the texts behind it."""

import datetime as dt

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _


class MovementKind(models.TextChoices):
    REGULAR = "regular", _("Thường xuyên")
    THEMATIC = "thematic", _("Theo chuyên đề, theo đợt")


class MovementStatus(models.TextChoices):
    DRAFT = "draft", _("Dự thảo")
    LAUNCHED = "launched", _("Đã phát động")
    CLOSED = "closed", _("Đã kết thúc")
    SUMMARISED = "summarised", _("Đã tổng kết")


class NamedMovement(models.Model):
    """A national or provincial movement that others join, e.g. "Vì người nghèo - …".

    The catalogue grows as users type new names on the movement form.
    """

    name = models.CharField(_("tên phong trào"), max_length=300)
    name_folded = models.CharField(max_length=300, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name_folded"]
        verbose_name = _("phong trào thi đua chung")
        verbose_name_plural = _("phong trào thi đua chung")

    def __str__(self) -> str:
        return self.name


class Movement(models.Model):
    title = models.CharField(_("tên phong trào"), max_length=500)
    theme = models.TextField(_("chủ đề"), blank=True)
    slogan = models.CharField(_("khẩu hiệu"), max_length=300, blank=True)
    kind = models.CharField(
        _("loại phong trào"),
        max_length=16,
        choices=MovementKind.choices,
        default=MovementKind.REGULAR,
    )
    start_year = models.PositiveSmallIntegerField(_("từ năm"))
    end_year = models.PositiveSmallIntegerField(_("đến năm"))
    organizer = models.ForeignKey(
        "organizations.Organization",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("đơn vị phát động"),
    )
    # The root of the subtree that competes; its direct units at launch become participants.
    scope = models.ForeignKey(
        "organizations.Organization",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("phạm vi thi đua"),
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("thực hiện phong trào cấp trên"),
    )
    purpose = models.TextField(_("mục đích"), blank=True)
    requirements = models.TextField(_("yêu cầu"), blank=True)
    status = models.CharField(
        _("trạng thái"),
        max_length=16,
        choices=MovementStatus.choices,
        default=MovementStatus.DRAFT,
    )
    launched_on = models.DateField(_("ngày phát động"), null=True, blank=True)
    named_movements = models.ManyToManyField(
        NamedMovement, blank=True, related_name="movements", verbose_name=_("hưởng ứng phong trào")
    )
    award_forms = models.ManyToManyField(
        "rules.AwardType",
        blank=True,
        related_name="+",
        verbose_name=_("danh hiệu, hình thức khen thưởng"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-start_year", "title", "id"]
        verbose_name = _("phong trào thi đua")
        verbose_name_plural = _("phong trào thi đua")
        constraints = [
            models.CheckConstraint(
                condition=Q(end_year__gte=F("start_year")), name="movement_valid_period"
            ),
        ]
        indexes = [
            # movement_list: the organiser's movements, newest first
            models.Index(fields=["organizer", "start_year"], name="movement_organizer_year"),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def period_label(self) -> str:
        if self.start_year == self.end_year:
            return str(self.start_year)
        return f"{self.start_year}–{self.end_year}"

    def reference_day(self, today: dt.date) -> dt.date:
        """The day whose organisation tree says which units compete (launch day, else today
        kept inside the movement's period)."""
        if self.launched_on:
            return self.launched_on
        first, last = dt.date(self.start_year, 1, 1), dt.date(self.end_year, 12, 31)
        return min(max(today, first), last)

    def years(self) -> list[int]:
        return list(range(self.start_year, self.end_year + 1))


class Participant(models.Model):
    """A unit that competes in the movement (and registers and reports to its organiser).

    Fixed at launch from the units directly under the scope on the reference day, so that
    later reorganisations do not change who was asked; the officer may add or remove units.
    """

    movement = models.ForeignKey(Movement, on_delete=models.CASCADE, related_name="participants")
    organization = models.ForeignKey(
        "organizations.Organization",
        on_delete=models.PROTECT,
        related_name="movement_participations",
        verbose_name=_("đơn vị"),
    )

    class Meta:
        ordering = ["movement", "id"]
        verbose_name = _("đơn vị tham gia")
        verbose_name_plural = _("đơn vị tham gia")
        constraints = [
            models.UniqueConstraint(fields=["movement", "organization"], name="participant_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.organization} – {self.movement}"


class ContentItem(models.Model):
    movement = models.ForeignKey(Movement, on_delete=models.CASCADE, related_name="content_items")
    order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)
    heading = models.CharField(_("tiêu đề"), max_length=300, blank=True)
    body = models.TextField(_("nội dung"))

    class Meta:
        ordering = ["movement", "order", "id"]
        verbose_name = _("nội dung thi đua")
        verbose_name_plural = _("nội dung thi đua")

    def __str__(self) -> str:
        return self.heading or self.body[:80]


class SubjectKind(models.TextChoices):
    """Who a criterion is for (seed 002 §III.1); collective kinds follow the org kind codes."""

    DIVISION = "division", _("Phòng chuyên môn, nghiệp vụ")
    PUBLIC_SERVICE_UNIT = "public_service_unit", _("Đơn vị sự nghiệp trực thuộc")
    DISTRICT_OFFICE = "district_office", _("Phòng cấp huyện")
    DEPARTMENT = "department", _("Sở, ban, ngành")
    COMMUNE = "commune", _("Xã, phường")
    ENTERPRISE = "enterprise", _("Doanh nghiệp")
    COLLECTIVE = "collective", _("Mọi tập thể")
    INDIVIDUAL = "individual", _("Cá nhân")


class Criterion(models.Model):
    movement = models.ForeignKey(Movement, on_delete=models.CASCADE, related_name="criteria")
    subject_kind = models.CharField(_("đối tượng"), max_length=24, choices=SubjectKind.choices)
    order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)
    text = models.TextField(_("tiêu chuẩn"))

    class Meta:
        ordering = ["movement", "order", "id"]
        verbose_name = _("tiêu chuẩn thi đua")
        verbose_name_plural = _("tiêu chuẩn thi đua")

    def __str__(self) -> str:
        return f"{self.get_subject_kind_display()}: {self.text[:60]}"


class DocumentKind(models.TextChoices):
    DIRECTIVE = "directive", _("Chỉ thị")
    PLAN = "plan", _("Kế hoạch")
    OFFICIAL_LETTER = "official_letter", _("Công văn")
    DECISION = "decision", _("Quyết định")
    GUIDANCE = "guidance", _("Hướng dẫn")
    NOTICE = "notice", _("Thông báo")
    REPORT = "report", _("Báo cáo")
    OTHER = "other", _("Văn bản khác")


class StoredFile(models.Model):
    """What every uploaded file keeps: its name as sent, size and SHA-256 (checked on upload)."""

    original_name = models.CharField(_("tên tệp"), max_length=255, blank=True)
    size = models.PositiveBigIntegerField(_("dung lượng"), default=0)
    sha256 = models.CharField(max_length=64, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(_("thời điểm tải lên"), null=True, blank=True)

    class Meta:
        abstract = True


class LegalDocument(StoredFile):
    movement = models.ForeignKey(Movement, on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField(_("loại văn bản"), max_length=20, choices=DocumentKind.choices)
    number = models.CharField(_("số, ký hiệu"), max_length=100, blank=True)
    issued_on = models.DateField(_("ngày ban hành"), null=True, blank=True)
    issuer = models.CharField(_("cơ quan ban hành"), max_length=255, blank=True)
    summary = models.CharField(_("trích yếu"), max_length=500, blank=True)
    file = models.FileField(
        _("tệp đính kèm"), upload_to="movements/documents/%Y/", max_length=255, blank=True
    )

    class Meta:
        ordering = ["movement", "issued_on", "id"]
        verbose_name = _("văn bản")
        verbose_name_plural = _("văn bản")

    def __str__(self) -> str:
        label = self.get_kind_display()
        return f"{label} {self.number}".strip() if self.number else f"{label}: {self.summary[:80]}"
