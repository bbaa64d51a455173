"""Report requests with due dates (once, or yearly like "trước ngày 15/12 hằng năm"), the
units' reports, and the in-application notifications that remind them."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from thidua.movements.models.movement import Movement, StoredFile
from thidua.movements.models.targets import DECIMALS, MAX_DIGITS


class Recurrence(models.TextChoices):
    ONCE = "once", _("Một lần")
    YEARLY = "yearly", _("Hằng năm")


class ReportRequest(models.Model):
    movement = models.ForeignKey(Movement, on_delete=models.CASCADE, related_name="report_requests")
    title = models.CharField(_("tên báo cáo"), max_length=300)
    recurrence = models.CharField(
        _("định kỳ"), max_length=8, choices=Recurrence.choices, default=Recurrence.ONCE
    )
    due_date = models.DateField(_("hạn gửi"), null=True, blank=True)
    due_day = models.PositiveSmallIntegerField(_("ngày (hằng năm)"), null=True, blank=True)
    due_month = models.PositiveSmallIntegerField(_("tháng (hằng năm)"), null=True, blank=True)
    remind_days_before = models.PositiveSmallIntegerField(_("nhắc trước hạn (ngày)"), default=7)
    remind_days_after = models.PositiveSmallIntegerField(_("nhắc sau hạn (ngày)"), default=3)
    instructions = models.TextField(_("hướng dẫn"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["movement", "id"]
        verbose_name = _("yêu cầu báo cáo")
        verbose_name_plural = _("yêu cầu báo cáo")
        constraints = [
            models.CheckConstraint(
                condition=(Q(recurrence="once") & Q(due_date__isnull=False))
                | (
                    Q(recurrence="yearly")
                    & Q(due_day__gte=1, due_day__lte=31)
                    & Q(due_month__gte=1, due_month__lte=12)
                ),
                name="report_request_due",
            ),
        ]

    def __str__(self) -> str:
        return self.title


class ReportStatus(models.TextChoices):
    DRAFT = "draft", _("Đang soạn")
    SUBMITTED = "submitted", _("Đã gửi")
    RETURNED = "returned", _("Bị trả lại")


class UnitReport(models.Model):
    """A unit's report for one occurrence (year) of a request."""

    request = models.ForeignKey(ReportRequest, on_delete=models.PROTECT, related_name="reports")
    year = models.PositiveSmallIntegerField(_("năm"))
    organization = models.ForeignKey(
        "organizations.Organization",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("đơn vị"),
    )
    status = models.CharField(
        _("trạng thái"), max_length=12, choices=ReportStatus.choices, default=ReportStatus.DRAFT
    )
    text = models.TextField(_("nội dung báo cáo"), blank=True)
    return_reason = models.TextField(_("lý do trả lại"), blank=True)
    submitted_at = models.DateTimeField(_("thời điểm gửi"), null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["request", "year", "organization", "id"]
        verbose_name = _("báo cáo của đơn vị")
        verbose_name_plural = _("báo cáo của đơn vị")
        constraints = [
            models.UniqueConstraint(
                fields=["request", "year", "organization"], name="unit_report_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.request} – {self.organization} ({self.year})"


class ReportFigure(models.Model):
    """The figure a report gives for one of the unit's targets (recorded as progress too)."""

    report = models.ForeignKey(UnitReport, on_delete=models.CASCADE, related_name="figures")
    target = models.ForeignKey("movements.Target", on_delete=models.PROTECT, related_name="+")
    value = models.DecimalField(_("số liệu"), max_digits=MAX_DIGITS, decimal_places=DECIMALS)
    note = models.CharField(_("ghi chú"), max_length=500, blank=True)

    class Meta:
        ordering = ["report", "target__order", "id"]
        constraints = [
            models.UniqueConstraint(fields=["report", "target"], name="report_figure_once"),
        ]

    def __str__(self) -> str:
        return f"{self.target}: {self.value}"


class ReportAttachment(StoredFile):
    report = models.ForeignKey(UnitReport, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(_("tệp"), upload_to="movements/reports/%Y/", max_length=255)

    class Meta:
        ordering = ["report", "id"]

    def __str__(self) -> str:
        return self.original_name


class Notification(models.Model):
    """A message in the application (the bell in the menu); reminders also go by e-mail."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    text = models.CharField(_("nội dung"), max_length=500)
    url = models.CharField(_("đường dẫn"), max_length=300, blank=True)
    # Identifies what the message is about, so that a reminder is sent once per user.
    key = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(_("thời điểm"), db_index=True)
    read_at = models.DateTimeField(_("đã đọc lúc"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("thông báo")
        verbose_name_plural = _("thông báo")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "key"], condition=~Q(key=""), name="notification_key_once"
            ),
        ]
        indexes = [
            # the unread badge of every page (movements.context_processors.notifications)
            models.Index(
                fields=["user"], condition=Q(read_at__isnull=True), name="notification_unread"
            ),
        ]

    def __str__(self) -> str:
        return self.text
