"""A review round (đợt xét khen thưởng): year-end, thematic or ad hoc, with a deadline per step."""

import datetime as dt

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _


class RoundKind(models.TextChoices):
    YEAR_END = "year_end", _("Tổng kết năm")
    THEMATIC = "thematic", _("Theo chuyên đề")
    AD_HOC = "ad_hoc", _("Đột xuất")


class RoundStatus(models.TextChoices):
    OPEN = "open", _("Đang nhận hồ sơ")
    CLOSED = "closed", _("Đã kết thúc")


class ReviewRound(models.Model):
    """Opened by the department (the organiser); the units below it send dossiers."""

    organizer = models.ForeignKey(
        "organizations.Organization",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("đơn vị tổ chức xét"),
    )
    kind = models.CharField(
        _("loại đợt xét"), max_length=16, choices=RoundKind.choices, default=RoundKind.YEAR_END
    )
    year = models.PositiveSmallIntegerField(_("năm thành tích"))
    title = models.CharField(_("tên đợt xét"), max_length=300)
    movement = models.ForeignKey(
        "movements.Movement",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("phong trào thi đua"),
    )
    status = models.CharField(
        _("trạng thái"), max_length=12, choices=RoundStatus.choices, default=RoundStatus.OPEN
    )
    note = models.TextField(_("hướng dẫn"), blank=True)
    # One deadline per step of the workflow (PROCESS.md steps 4–5).
    submission_deadline = models.DateField(_("hạn gửi hồ sơ"))
    appraisal_deadline = models.DateField(_("hạn thẩm định"), null=True, blank=True)
    council_deadline = models.DateField(_("hạn họp Hội đồng"), null=True, blank=True)
    decision_deadline = models.DateField(_("hạn ban hành quyết định"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-year", "-id"]
        verbose_name = _("đợt xét khen thưởng")
        verbose_name_plural = _("đợt xét khen thưởng")
        constraints = [
            models.CheckConstraint(
                condition=Q(appraisal_deadline__isnull=True)
                | Q(appraisal_deadline__gte=F("submission_deadline")),
                name="round_appraisal_after_submission",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def is_open_on(self, day: dt.date) -> bool:
        return self.status == RoundStatus.OPEN and day <= self.submission_deadline
