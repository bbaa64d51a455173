"""The catalogue: titles and award forms, their effective-dated rules, money and settings.

Everything the law fixes is a row with its legal basis, its effective period and a tag
saying how sure we are of it (RULES.md: [V] verified, [S] secondary, [U] unverified,
[OLD] previous regime). Nothing here is a constant in code (ADR 0005).
"""

import datetime as dt

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _


class Subject(models.TextChoices):
    CA_NHAN = "ca_nhan", _("Cá nhân")
    TAP_THE = "tap_the", _("Tập thể")
    HO_GIA_DINH = "ho_gia_dinh", _("Hộ gia đình")


class AwardKind(models.TextChoices):
    TITLE = "title", _("Danh hiệu thi đua")
    FORM = "form", _("Hình thức khen thưởng")
    INITIATIVE = "initiative", _("Sáng kiến được công nhận (thống kê)")


class AwardLevel(models.TextChoices):
    CO_SO = "co_so", _("Cơ sở")
    TINH = "tinh", _("Bộ, ban, ngành, tỉnh")
    TRUNG_UONG = "trung_uong", _("Nhà nước, Chính phủ")


class Decider(models.TextChoices):
    GIAM_DOC_SO = "giam_doc_so", _("Thủ trưởng cơ quan, đơn vị (Giám đốc Sở)")
    CHU_TICH_UBND_XA = "chu_tich_ubnd_xa", _("Chủ tịch UBND cấp xã")
    CHU_TICH_UBND_TINH = "chu_tich_ubnd_tinh", _("Chủ tịch UBND tỉnh")
    BO_TRUONG = "bo_truong", _("Bộ trưởng, thủ trưởng cơ quan trung ương")
    THU_TUONG = "thu_tuong", _("Thủ tướng Chính phủ")
    CHU_TICH_NUOC = "chu_tich_nuoc", _("Chủ tịch nước")
    KHAC = "khac", _("Khác (theo quy định của cơ quan ban hành)")


class Tag(models.TextChoices):
    V = "V", _("Đã xác minh")
    S = "S", _("Nguồn thứ cấp, chưa đối chiếu văn bản")
    U = "U", _("Chưa xác minh")
    OLD = "OLD", _("Theo quy chế địa phương (quy định cũ)")


# What the user sees next to a rule that is not verified against the law text.
TAG_FLAGS = {
    "S": "nguồn thứ cấp, chưa xác minh",
    "U": "chưa xác minh",
    "OLD": "theo quy chế địa phương",
}


class Rounding(models.TextChoices):
    CEIL = "ceil", _("Làm tròn lên hàng chục nghìn đồng (theo câu chữ)")
    NEAREST = "nearest", _("Làm tròn đến hàng chục nghìn đồng gần nhất")


def _period(prefix: str) -> models.CheckConstraint:
    return models.CheckConstraint(
        condition=Q(effective_to__isnull=True) | Q(effective_to__gte=F("effective_from")),
        name=f"{prefix}_valid_period",
    )


class AwardType(models.Model):
    """A title or form of the glossary; its code never changes, its label may."""

    code = models.CharField(_("mã"), max_length=32, unique=True)
    name = models.CharField(_("tên"), max_length=200)
    kind = models.CharField(_("loại"), max_length=16, choices=AwardKind.choices)
    level = models.CharField(_("cấp"), max_length=16, choices=AwardLevel.choices)
    subjects = models.JSONField(_("đối tượng"), default=list)
    decider = models.CharField(_("thẩm quyền quyết định"), max_length=32, choices=Decider.choices)
    legal_basis = models.CharField(_("căn cứ pháp lý"), max_length=255)
    criteria = models.TextField(_("tiêu chuẩn (tóm tắt)"), blank=True)
    dossier = models.JSONField(_("thành phần hồ sơ"), default=list, blank=True)
    tag = models.CharField(_("mức xác minh"), max_length=4, choices=Tag.choices, default=Tag.V)
    order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)
    note = models.TextField(_("ghi chú"), blank=True)

    class Meta:
        ordering = ["order", "code"]
        verbose_name = _("danh hiệu, hình thức khen thưởng")
        verbose_name_plural = _("danh hiệu, hình thức khen thưởng")

    def __str__(self) -> str:
        return self.name


class RuleVersion(models.Model):
    """One criterion of an award (e.g. `LDTT.rating`) as in force during a period.

    `params` are what the pure check reads (thresholds, counts, levels); a province may
    switch the rule off or override its parameters in its yearly settings.
    """

    award_type = models.ForeignKey(
        AwardType, on_delete=models.PROTECT, related_name="rule_versions"
    )
    rule = models.CharField(_("mã quy tắc"), max_length=64)
    subject = models.CharField(_("đối tượng"), max_length=16, choices=Subject.choices)
    name = models.CharField(_("nội dung"), max_length=255)
    legal_basis = models.CharField(_("căn cứ pháp lý"), max_length=255)
    effective_from = models.DateField(_("hiệu lực từ ngày"))
    effective_to = models.DateField(_("hiệu lực đến ngày"), null=True, blank=True)
    params = models.JSONField(_("tham số"), default=dict, blank=True)
    tag = models.CharField(_("mức xác minh"), max_length=4, choices=Tag.choices)
    enabled = models.BooleanField(_("áp dụng mặc định"), default=True)
    note = models.TextField(_("ghi chú, nguồn"), blank=True)

    class Meta:
        ordering = ["award_type__order", "rule", "effective_from"]
        verbose_name = _("phiên bản quy tắc")
        verbose_name_plural = _("phiên bản quy tắc")
        constraints = [
            models.UniqueConstraint(fields=["rule", "effective_from"], name="rule_version_start"),
            _period("rule_version"),
        ]

    def __str__(self) -> str:
        return f"{self.rule} ({self.effective_from:%d/%m/%Y})"

    def in_force_on(self, day: dt.date) -> bool:
        return self.effective_from <= day and (
            self.effective_to is None or day <= self.effective_to
        )


class RewardCoefficient(models.Model):
    """Reward money = coefficient × multiplier × base salary on the decision date."""

    award_type = models.ForeignKey(AwardType, on_delete=models.PROTECT, related_name="coefficients")
    subject = models.CharField(_("đối tượng"), max_length=16, choices=Subject.choices)
    coefficient = models.DecimalField(_("hệ số"), max_digits=6, decimal_places=2)
    # "Collective = 2 × individual" where the rules give one (Huân chương, Bằng khen).
    multiplier = models.DecimalField(_("nhân hệ số"), max_digits=4, decimal_places=2, default=1)
    effective_from = models.DateField(_("hiệu lực từ ngày"))
    effective_to = models.DateField(_("hiệu lực đến ngày"), null=True, blank=True)
    legal_basis = models.CharField(_("căn cứ pháp lý"), max_length=255)
    tag = models.CharField(_("mức xác minh"), max_length=4, choices=Tag.choices)
    note = models.TextField(_("ghi chú"), blank=True)

    class Meta:
        ordering = ["award_type__order", "subject", "effective_from"]
        verbose_name = _("hệ số tiền thưởng")
        verbose_name_plural = _("hệ số tiền thưởng")
        constraints = [
            models.UniqueConstraint(
                fields=["award_type", "subject", "effective_from"], name="coefficient_start"
            ),
            _period("coefficient"),
            models.CheckConstraint(
                condition=Q(coefficient__gt=0) & Q(multiplier__gt=0), name="coefficient_positive"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.award_type.code} {self.subject} {self.coefficient}"


class BaseSalary(models.Model):
    """Mức lương cơ sở from `effective_from` until the next row starts."""

    effective_from = models.DateField(_("áp dụng từ ngày"), unique=True)
    amount = models.PositiveBigIntegerField(_("mức lương cơ sở (đồng/tháng)"))
    legal_basis = models.CharField(_("căn cứ pháp lý"), max_length=255)
    tag = models.CharField(_("mức xác minh"), max_length=4, choices=Tag.choices)
    note = models.TextField(_("ghi chú"), blank=True)

    class Meta:
        ordering = ["effective_from"]
        verbose_name = _("mức lương cơ sở")
        verbose_name_plural = _("mức lương cơ sở")
        constraints = [
            models.CheckConstraint(condition=Q(amount__gt=0), name="base_salary_positive")
        ]

    def __str__(self) -> str:
        return f"{self.amount} ({self.effective_from:%d/%m/%Y})"


class ProvinceSetting(models.Model):
    """What a province decides for itself, from `year` on (until a later row).

    A row without province is the default for every province. The last row with
    `year` ≤ the year evaluated applies; a province row wins over the default.
    """

    province = models.ForeignKey(
        "organizations.Organization",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("tỉnh"),
    )
    year = models.PositiveSmallIntegerField(_("áp dụng từ năm"))
    # {rule code: true|false}: switches the [U]/[OLD] defaults on or off in the province.
    rule_switches = models.JSONField(_("bật/tắt quy tắc"), default=dict, blank=True)
    # {rule code: {param: value}}: e.g. the LĐTT disqualifiers' months and discipline form.
    rule_params = models.JSONField(_("tham số quy tắc"), default=dict, blank=True)
    # [{"title": "CSTDCS", "of": "LDTT", "max_share": 0.15}]
    quotas = models.JSONField(_("tỷ lệ khống chế"), default=list, blank=True)
    # {award code: {"quorum": 0.67, "approval": 0.9, "secret_ballot": true}}
    council = models.JSONField(_("ngưỡng biểu quyết Hội đồng"), default=dict, blank=True)
    giay_khen_criteria = models.TextField(_("tiêu chuẩn Giấy khen"), blank=True)
    rounding = models.CharField(
        _("làm tròn tiền thưởng"), max_length=8, choices=Rounding.choices, default=Rounding.CEIL
    )
    note = models.TextField(_("căn cứ, ghi chú"), blank=True)

    class Meta:
        ordering = ["province__path", "year"]
        verbose_name = _("thiết lập của tỉnh")
        verbose_name_plural = _("thiết lập của tỉnh")
        constraints = [
            models.UniqueConstraint(
                fields=["province", "year"],
                condition=Q(province__isnull=False),
                name="province_setting_year",
            ),
            models.UniqueConstraint(
                fields=["year"], condition=Q(province__isnull=True), name="default_setting_year"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.province or 'Mặc định'} từ {self.year}"
