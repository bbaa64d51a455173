"""Targets (chỉ tiêu) of a movement or of one of its units, and the progress recorded on them."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from thidua.movements.models.movement import Movement, StoredFile


class Direction(models.TextChoices):
    AT_LEAST = "at_least", _("Tối thiểu (đạt từ mức này trở lên)")
    AT_MOST = "at_most", _("Tối đa (không vượt quá mức này)")
    EXACTLY = "exactly", _("Đúng bằng")


class Light(models.TextChoices):
    GREEN = "green", _("Đạt")
    AMBER = "amber", _("Gần đạt")
    RED = "red", _("Chưa đạt")
    NONE = "none", _("Chưa có số liệu")


MAX_DIGITS, DECIMALS = 20, 4  # values of targets and progress


class Target(models.Model):
    movement = models.ForeignKey(Movement, on_delete=models.CASCADE, related_name="targets")
    # None: a target of the whole movement, followed by the organiser.
    organization = models.ForeignKey(
        "organizations.Organization",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("giao cho đơn vị"),
    )
    order = models.PositiveIntegerField(_("thứ tự"), default=0)
    group = models.CharField(_("nhóm chỉ tiêu"), max_length=200, blank=True)
    name = models.CharField(_("tên chỉ tiêu"), max_length=500)
    unit = models.CharField(_("đơn vị tính"), max_length=50, blank=True)
    target_value = models.DecimalField(
        _("mức chỉ tiêu"), max_digits=MAX_DIGITS, decimal_places=DECIMALS
    )
    direction = models.CharField(
        _("cách đánh giá"), max_length=10, choices=Direction.choices, default=Direction.AT_LEAST
    )
    baseline = models.DecimalField(
        _("mức xuất phát"), null=True, blank=True, max_digits=MAX_DIGITS, decimal_places=DECIMALS
    )
    deadline = models.DateField(_("thời hạn"), null=True, blank=True)
    # The latest progress and what it achieves, kept by the progress services (like
    # Person.current_organization) so that dashboards are one GROUP BY, not 20.000 subqueries.
    latest_value = models.DecimalField(
        null=True, blank=True, editable=False, max_digits=MAX_DIGITS, decimal_places=DECIMALS
    )
    latest_on = models.DateField(null=True, blank=True, editable=False)
    achievement_pct = models.DecimalField(
        max_digits=12, decimal_places=1, null=True, blank=True, editable=False
    )
    light = models.CharField(
        max_length=8, choices=Light.choices, default=Light.NONE, editable=False
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["movement", "organization", "order", "id"]
        verbose_name = _("chỉ tiêu")
        verbose_name_plural = _("chỉ tiêu")
        indexes = [
            # movement_dashboard: lights counted per unit of one movement (index-only on PG)
            models.Index(fields=["movement", "organization", "light"], name="target_dashboard"),
        ]

    def __str__(self) -> str:
        return self.name


class Progress(StoredFile):
    """One reported value of a target on a day, with its evidence."""

    target = models.ForeignKey(Target, on_delete=models.PROTECT, related_name="progress")
    value = models.DecimalField(
        _("giá trị thực hiện"), max_digits=MAX_DIGITS, decimal_places=DECIMALS
    )
    on = models.DateField(_("số liệu tính đến ngày"))
    note = models.TextField(_("ghi chú"), blank=True)
    evidence = models.FileField(
        _("tài liệu minh chứng"), upload_to="movements/evidence/%Y/", max_length=255, blank=True
    )
    report = models.ForeignKey(
        "movements.UnitReport",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("theo báo cáo"),
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    recorded_at = models.DateTimeField(_("thời điểm ghi nhận"))

    class Meta:
        ordering = ["target", "-on", "-id"]
        verbose_name = _("tiến độ thực hiện")
        verbose_name_plural = _("tiến độ thực hiện")
        indexes = [
            # the latest progress of a target (progress_record) and its history page
            models.Index(fields=["target", "on", "id"], name="progress_target_on"),
        ]

    def __str__(self) -> str:
        return f"{self.target} {self.value} ({self.on:%d/%m/%Y})"
