"""Registration (đăng ký thi đua): the titles each unit and each person aims for.

No title without registration (PROCESS.md, step 2). A unit registers its own collective
titles and, in bulk, its staff's individual titles; a staff member may register their own.
One person has at most one registration line per period, whichever way it was made.
"""

import datetime as dt

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from thidua.movements.models.movement import Movement


class RegistrationPeriod(models.Model):
    """Registration opened for a movement, or for one year of a multi-year movement."""

    movement = models.ForeignKey(
        Movement, on_delete=models.CASCADE, related_name="registration_periods"
    )
    year = models.PositiveSmallIntegerField(_("năm"), null=True, blank=True)
    opens_on = models.DateField(_("mở từ ngày"))
    deadline = models.DateField(_("hạn chót"))
    reopened_until = models.DateField(_("mở lại đến ngày"), null=True, blank=True)
    note = models.TextField(_("hướng dẫn"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["movement", "year", "id"]
        verbose_name = _("đợt đăng ký thi đua")
        verbose_name_plural = _("đợt đăng ký thi đua")
        constraints = [
            models.UniqueConstraint(
                fields=["movement", "year"], name="registration_period_year_once"
            ),
            models.UniqueConstraint(
                fields=["movement"],
                condition=Q(year__isnull=True),
                name="registration_period_movement_once",
            ),
            models.CheckConstraint(
                condition=Q(deadline__gte=models.F("opens_on")), name="registration_period_order"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.label} – {self.movement}"

    @property
    def label(self) -> str:
        return f"Đăng ký thi đua năm {self.year}" if self.year else "Đăng ký thi đua"

    @property
    def effective_deadline(self) -> dt.date:
        """The last day registrations are taken (the reopened date when later)."""
        if self.reopened_until and self.reopened_until > self.deadline:
            return self.reopened_until
        return self.deadline


class RegistrationStatus(models.TextChoices):
    DRAFT = "draft", _("Đang soạn")
    SUBMITTED = "submitted", _("Đã gửi")
    ACCEPTED = "accepted", _("Đã chấp nhận")
    RETURNED = "returned", _("Bị trả lại")


class Registration(models.Model):
    period = models.ForeignKey(
        RegistrationPeriod, on_delete=models.CASCADE, related_name="registrations"
    )
    organization = models.ForeignKey(
        "organizations.Organization",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("đơn vị"),
    )
    # Set for a staff member's own registration; the unit is then the person's unit.
    person = models.ForeignKey(
        "organizations.Person",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("cá nhân tự đăng ký"),
    )
    status = models.CharField(
        _("trạng thái"),
        max_length=12,
        choices=RegistrationStatus.choices,
        default=RegistrationStatus.DRAFT,
    )
    commitments = models.TextField(_("nội dung cam kết"), blank=True)
    return_reason = models.TextField(_("lý do trả lại"), blank=True)
    submitted_at = models.DateTimeField(_("thời điểm gửi"), null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(_("thời điểm xử lý"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["period", "organization", "id"]
        verbose_name = _("bản đăng ký thi đua")
        verbose_name_plural = _("bản đăng ký thi đua")
        constraints = [
            models.UniqueConstraint(
                fields=["period", "organization"],
                condition=Q(person__isnull=True),
                name="registration_unit_once",
            ),
            models.UniqueConstraint(
                fields=["period", "person"],
                condition=Q(person__isnull=False),
                name="registration_person_once",
            ),
        ]

    def __str__(self) -> str:
        who = self.person or self.organization
        return f"Đăng ký thi đua của {who}"


class RegistrationLine(models.Model):
    registration = models.ForeignKey(Registration, on_delete=models.CASCADE, related_name="lines")
    award_type = models.ForeignKey(
        "rules.AwardType",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("danh hiệu, hình thức đăng ký"),
    )
    # None: a title of the collective itself.
    person = models.ForeignKey(
        "organizations.Person",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="registration_lines",
        verbose_name=_("cá nhân"),
    )

    class Meta:
        ordering = ["registration", "person", "id"]
        verbose_name = _("danh hiệu đăng ký")
        verbose_name_plural = _("danh hiệu đăng ký")
        constraints = [
            models.UniqueConstraint(
                fields=["registration", "award_type"],
                condition=Q(person__isnull=True),
                name="registration_line_collective_once",
            ),
            models.UniqueConstraint(
                fields=["registration", "person"],
                condition=Q(person__isnull=False),
                name="registration_line_person_once",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person or self.registration.organization}: {self.award_type.code}"
