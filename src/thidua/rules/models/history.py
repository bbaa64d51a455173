"""The yearly history eligibility reads: ratings, disciplines, awards, initiatives.

A row belongs to a person for life, or to an organisation (a collective); a merged
organisation keeps its rows and its successor inherits them (ADR 0001, ADR 0005).
"""

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _


class RatingLevel(models.TextChoices):
    EXCELLENT = "excellent", _("Hoàn thành xuất sắc nhiệm vụ")
    GOOD = "good", _("Hoàn thành tốt nhiệm vụ")
    COMPLETE = "complete", _("Hoàn thành nhiệm vụ")
    INCOMPLETE = "incomplete", _("Không hoàn thành nhiệm vụ")


class DisciplineForm(models.TextChoices):
    """In increasing severity; `facts.DISCIPLINE_RANK` follows this order."""

    REPRIMAND = "reprimand", _("Khiển trách")
    WARNING = "warning", _("Cảnh cáo")
    SALARY_DOWN = "salary_down", _("Hạ bậc lương")
    DEMOTION = "demotion", _("Giáng chức")
    REMOVAL = "removal", _("Cách chức")
    DISMISSAL = "dismissal", _("Buộc thôi việc")


class InitiativeLevel(models.TextChoices):
    CO_SO = "co_so", _("Cấp cơ sở")
    TINH = "tinh", _("Cấp bộ, ngành, tỉnh")
    TOAN_QUOC = "toan_quoc", _("Toàn quốc")


class InitiativeKind(models.TextChoices):
    INITIATIVE = "sang_kien", _("Sáng kiến")
    RESEARCH = "de_tai", _("Đề tài, đề án, công trình khoa học đã nghiệm thu")


def _one_subject(prefix: str) -> models.CheckConstraint:
    return models.CheckConstraint(
        condition=(Q(person__isnull=False) & Q(organization__isnull=True))
        | (Q(person__isnull=True) & Q(organization__isnull=False)),
        name=f"{prefix}_one_subject",
    )


def _year(prefix: str) -> models.CheckConstraint:
    return models.CheckConstraint(
        condition=Q(year__gte=1945) & Q(year__lte=2100), name=f"{prefix}_year_range"
    )


class PersonCode(models.Model):
    """The code a history file uses for a person (Person itself has no code)."""

    code = models.CharField(_("mã cá nhân"), max_length=32, unique=True)
    person = models.OneToOneField(
        "organizations.Person", on_delete=models.CASCADE, related_name="history_code"
    )

    class Meta:
        verbose_name = _("mã cá nhân trong tệp lịch sử")
        verbose_name_plural = _("mã cá nhân trong tệp lịch sử")

    def __str__(self) -> str:
        return self.code


class YearRating(models.Model):
    """The year-end rating (xếp loại) of a person or a collective."""

    person = models.ForeignKey(
        "organizations.Person",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="ratings",
    )
    organization = models.ForeignKey(
        "organizations.Organization",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="ratings",
    )
    year = models.PositiveSmallIntegerField(_("năm"))
    rating = models.CharField(_("xếp loại"), max_length=16, choices=RatingLevel.choices)
    months_worked = models.PositiveSmallIntegerField(_("số tháng công tác"), null=True, blank=True)
    note = models.CharField(_("ghi chú"), max_length=255, blank=True)

    class Meta:
        ordering = ["-year"]
        verbose_name = _("xếp loại năm")
        verbose_name_plural = _("xếp loại năm")
        constraints = [
            _one_subject("rating"),
            _year("rating"),
            models.CheckConstraint(
                condition=Q(months_worked__isnull=True) | Q(months_worked__lte=12),
                name="rating_months",
            ),
            # one rating per subject and year; also the index of the bulk fact reads
            models.UniqueConstraint(
                fields=["person", "year"],
                condition=Q(person__isnull=False),
                name="rating_person_year",
            ),
            models.UniqueConstraint(
                fields=["organization", "year"],
                condition=Q(organization__isnull=False),
                name="rating_org_year",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.year}: {self.get_rating_display()}"


class Discipline(models.Model):
    """A disciplinary measure (kỷ luật) and the period it is in force."""

    person = models.ForeignKey(
        "organizations.Person", on_delete=models.PROTECT, related_name="disciplines"
    )
    form = models.CharField(_("hình thức"), max_length=16, choices=DisciplineForm.choices)
    decision_number = models.CharField(_("số quyết định"), max_length=64, blank=True)
    decision_date = models.DateField(_("ngày quyết định"), null=True, blank=True)
    start_date = models.DateField(_("có hiệu lực từ ngày"))
    end_date = models.DateField(_("đến ngày"), null=True, blank=True)
    note = models.CharField(_("ghi chú"), max_length=255, blank=True)

    class Meta:
        ordering = ["-start_date"]
        verbose_name = _("kỷ luật")
        verbose_name_plural = _("kỷ luật")
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=F("start_date")),
                name="discipline_valid_period",
            ),
            models.UniqueConstraint(
                fields=["person", "form", "start_date"], name="discipline_natural_key"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_form_display()} {self.start_date:%d/%m/%Y}"


class AwardRecord(models.Model):
    """A title or form received (or revoked), with its decision."""

    person = models.ForeignKey(
        "organizations.Person",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="awards_received",
    )
    organization = models.ForeignKey(
        "organizations.Organization",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="awards_received",
    )
    award_type = models.ForeignKey(
        "rules.AwardType", on_delete=models.PROTECT, related_name="records"
    )
    year = models.PositiveSmallIntegerField(_("năm thành tích"))
    decision_number = models.CharField(_("số quyết định"), max_length=64, blank=True)
    decision_date = models.DateField(_("ngày quyết định"), null=True, blank=True)
    issuer = models.CharField(_("cơ quan ban hành"), max_length=255, blank=True)
    revoked = models.BooleanField(_("đã hủy bỏ, thu hồi"), default=False)
    note = models.CharField(_("ghi chú"), max_length=255, blank=True)

    class Meta:
        ordering = ["-year", "award_type__order"]
        verbose_name = _("khen thưởng đã nhận")
        verbose_name_plural = _("khen thưởng đã nhận")
        constraints = [
            _one_subject("award"),
            _year("award"),
            models.UniqueConstraint(
                fields=["person", "award_type", "year", "decision_number"],
                condition=Q(person__isnull=False),
                name="award_person_key",
            ),
            models.UniqueConstraint(
                fields=["organization", "award_type", "year", "decision_number"],
                condition=Q(organization__isnull=False),
                name="award_org_key",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.award_type.code} {self.year}"


class Initiative(models.Model):
    """A recognised initiative (sáng kiến) or accepted research topic, with its level."""

    code = models.CharField(_("mã"), max_length=32, unique=True)
    title = models.CharField(_("tên sáng kiến, đề tài"), max_length=500)
    kind = models.CharField(
        _("loại"), max_length=16, choices=InitiativeKind.choices, default=InitiativeKind.INITIATIVE
    )
    year = models.PositiveSmallIntegerField(_("năm công nhận"))
    level = models.CharField(_("cấp công nhận"), max_length=16, choices=InitiativeLevel.choices)
    decision_number = models.CharField(_("số quyết định công nhận"), max_length=64, blank=True)
    decision_date = models.DateField(_("ngày quyết định"), null=True, blank=True)
    recognized_by = models.CharField(_("cơ quan công nhận"), max_length=255, blank=True)
    scope = models.CharField(_("phạm vi ảnh hưởng"), max_length=255, blank=True)
    note = models.CharField(_("ghi chú"), max_length=255, blank=True)
    authors = models.ManyToManyField(
        "organizations.Person", through="InitiativeAuthor", related_name="initiatives"
    )

    class Meta:
        ordering = ["-year", "code"]
        verbose_name = _("sáng kiến")
        verbose_name_plural = _("sáng kiến")
        constraints = [_year("initiative")]

    def __str__(self) -> str:
        return f"{self.code} – {self.title}"


class InitiativeAuthor(models.Model):
    initiative = models.ForeignKey(Initiative, on_delete=models.CASCADE, related_name="authorships")
    person = models.ForeignKey(
        "organizations.Person", on_delete=models.PROTECT, related_name="authorships"
    )
    share = models.DecimalField(
        _("tỷ lệ đóng góp (%)"), max_digits=5, decimal_places=2, null=True, blank=True
    )

    class Meta:
        ordering = ["initiative", "-share", "id"]
        constraints = [
            models.UniqueConstraint(fields=["initiative", "person"], name="initiative_author"),
            models.CheckConstraint(
                condition=Q(share__isnull=True) | (Q(share__gt=0) & Q(share__lte=100)),
                name="initiative_share_range",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.initiative.code} – {self.person}"
