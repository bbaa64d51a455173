"""Award decisions (quyết định khen thưởng), their registers, lines and certificates.

A decision is drafted from a round's approved nominees, then issued: it takes the next
number of its organisation's register for the year, its amounts are fixed at the signing
date and its content hash is stored; from then on it never changes. A revocation is itself
a decision (kind REVOCATION) numbered in the same register that points at the original.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class RegisterKind(models.TextChoices):
    DECISION = "decision", _("Sổ quyết định")
    CERTIFICATE = "certificate", _("Sổ vào sổ giấy khen, bằng khen, giấy chứng nhận")


class NumberRegister(models.Model):
    """One organisation's numbering for one year: numbers restart at 1 every year.

    `last_number` is taken under a row lock (services/registers.py), so numbers are handed
    out one after the other without gaps or duplicates, however many officers issue at once.
    """

    organization = models.ForeignKey(
        "organizations.Organization",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("cơ quan ban hành"),
    )
    year = models.PositiveSmallIntegerField(_("năm"))
    kind = models.CharField(_("loại sổ"), max_length=12, choices=RegisterKind.choices)
    symbol = models.CharField(_("ký hiệu"), max_length=64)
    last_number = models.PositiveIntegerField(_("số đã cấp gần nhất"), default=0)

    class Meta:
        ordering = ["organization__path", "-year", "kind"]
        verbose_name = _("sổ đăng ký số")
        verbose_name_plural = _("sổ đăng ký số")
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "year", "kind"], name="register_org_year_kind"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.symbol} ({self.year})"


class DecisionKind(models.TextChoices):
    AWARD = "award", _("Quyết định khen thưởng")
    REVOCATION = "revocation", _("Quyết định hủy bỏ")


class DecisionStatus(models.TextChoices):
    DRAFT = "draft", _("Dự thảo")
    ISSUED = "issued", _("Đã ban hành")


class RevocationGround(models.TextChoices):
    """The four grounds of the Law (Chương VII; RULES.md §9)."""

    FRAUD = "a", _("a) Gian dối trong việc kê khai công trạng, thành tích để được khen thưởng")
    FALSE_DOSSIER = (
        "b",
        _("b) Cung cấp thông tin sai sự thật hoặc giả mạo hồ sơ, giấy tờ đề nghị khen thưởng"),
    )
    UNLAWFUL = (
        "c",
        _("c) Thẩm định, xét duyệt, đề nghị khen thưởng, quyết định khen thưởng trái pháp luật"),
    )
    VIOLATION = (
        "d",
        _(
            "d) Có kết luận, quyết định, bản án của cơ quan có thẩm quyền xác định cá nhân, tập thể "
            "có vi phạm, khuyết điểm trong thời gian lập thành tích dẫn đến không đủ tiêu chuẩn"
        ),
    )


class Decision(models.Model):
    organization = models.ForeignKey(
        "organizations.Organization",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("cơ quan ban hành"),
    )
    round = models.ForeignKey(
        "nominations.ReviewRound",
        on_delete=models.PROTECT,
        related_name="decisions",
        verbose_name=_("đợt xét"),
    )
    kind = models.CharField(
        _("loại"), max_length=12, choices=DecisionKind.choices, default=DecisionKind.AWARD
    )
    status = models.CharField(
        _("trạng thái"),
        max_length=8,
        choices=DecisionStatus.choices,
        default=DecisionStatus.DRAFT,
    )
    title = models.CharField(_("trích yếu"), max_length=500)
    # "Giám đốc Sở Lao động - Thương binh và Xã hội": the line above the bases, and who
    # awards on the certificates
    authority = models.CharField(_("thẩm quyền ban hành"), max_length=255)
    legal_bases = models.TextField(_("căn cứ ban hành"), blank=True)
    distribution = models.TextField(_("nơi nhận"), blank=True)
    planned_date = models.DateField(_("ngày ký dự kiến"), null=True, blank=True)
    signer_name = models.CharField(_("người ký"), max_length=150, blank=True)
    signer_position = models.CharField(_("chức vụ người ký"), max_length=150, blank=True)
    # "KT. GIÁM ĐỐC" when a deputy signs on the director's behalf (Nghị định 30); else empty.
    signer_authority = models.CharField(_("thẩm quyền ký"), max_length=150, blank=True)
    # Taken at issue time only: drafts have no number.
    register = models.ForeignKey(
        NumberRegister, on_delete=models.PROTECT, null=True, blank=True, related_name="decisions"
    )
    number = models.PositiveIntegerField(_("số"), null=True, blank=True)
    number_text = models.CharField(_("số, ký hiệu"), max_length=80, blank=True)
    signed_on = models.DateField(_("ngày ký"), null=True, blank=True)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("người ghi nhận ban hành"),
    )
    issued_at = models.DateTimeField(_("thời điểm ban hành"), null=True, blank=True)
    content_hash = models.CharField(_("mã băm nội dung (SHA-256)"), max_length=64, blank=True)
    total_amount = models.PositiveBigIntegerField(_("tổng tiền thưởng (đồng)"), default=0)
    # A revoking decision: the decision it revokes, the ground and the reason.
    revokes = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="revocations",
        verbose_name=_("hủy bỏ quyết định"),
    )
    ground = models.CharField(
        _("căn cứ hủy bỏ"), max_length=1, choices=RevocationGround.choices, blank=True
    )
    reason = models.TextField(_("lý do"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("quyết định")
        verbose_name_plural = _("quyết định")
        constraints = [
            models.UniqueConstraint(
                fields=["register", "number"],
                condition=Q(number__isnull=False),
                name="decision_register_number",
            ),
            models.CheckConstraint(
                condition=Q(status="draft", number__isnull=True)
                | (
                    Q(status="issued", number__isnull=False, signed_on__isnull=False)
                    & ~Q(content_hash="")
                ),
                name="decision_number_on_issue",
            ),
            models.CheckConstraint(
                condition=Q(kind="award", revokes__isnull=True)
                | (Q(kind="revocation", revokes__isnull=False) & ~Q(ground="")),
                name="decision_revocation_ground",
            ),
        ]
        indexes = [
            # the decisions list of an organisation, newest first
            models.Index(fields=["organization", "-created_at"], name="decision_org_created"),
        ]

    def __str__(self) -> str:
        return f"{self.number_text or 'Dự thảo'}: {self.title}"

    @property
    def is_draft(self) -> bool:
        return self.status == DecisionStatus.DRAFT

    @property
    def legal_basis_lines(self) -> list[str]:
        return [line.strip() for line in self.legal_bases.splitlines() if line.strip()]


class DecisionLine(models.Model):
    """One awardee of a decision, as printed: a snapshot that later edits to people or units
    do not change. On a revoking decision, a line points at the original line it revokes."""

    decision = models.ForeignKey(Decision, on_delete=models.CASCADE, related_name="lines")
    nomination = models.ForeignKey(
        "nominations.Nomination",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="decision_lines",
    )
    revokes_line = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="revoked_by_lines"
    )
    person = models.ForeignKey(
        "organizations.Person", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    organization = models.ForeignKey(
        "organizations.Organization",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    award_type = models.ForeignKey("rules.AwardType", on_delete=models.PROTECT, related_name="+")
    subject = models.CharField(_("đối tượng"), max_length=16)
    name = models.CharField(_("họ và tên, tên tập thể"), max_length=255)
    position = models.CharField(_("chức vụ"), max_length=200, blank=True)
    unit = models.CharField(_("đơn vị"), max_length=255, blank=True)
    achievement = models.TextField(_("thành tích"), blank=True)
    amount = models.PositiveBigIntegerField(_("số tiền (đồng)"), default=0)
    # coefficient, base salary, raw product and rounding the amount came from
    amount_detail = models.JSONField(_("cách tính"), default=dict, blank=True)
    order = models.PositiveIntegerField(_("thứ tự"), default=0)
    award_record = models.OneToOneField(
        "rules.AwardRecord",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="decision_line",
    )
    revoked = models.BooleanField(_("đã bị hủy bỏ"), default=False)

    class Meta:
        ordering = ["decision", "order", "id"]
        verbose_name = _("dòng quyết định")
        verbose_name_plural = _("dòng quyết định")
        constraints = [
            # a nominee is in one decision at a time, unless that award was revoked
            models.UniqueConstraint(
                fields=["nomination"],
                condition=Q(nomination__isnull=False, revoked=False),
                name="decision_line_nomination_once",
            ),
            models.CheckConstraint(
                condition=Q(person__isnull=False, organization__isnull=True)
                | Q(person__isnull=True, organization__isnull=False),
                name="decision_line_one_subject",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name}: {self.award_type.code}"


class Certificate(models.Model):
    """The printed certificate of one line: its register number and its verification token."""

    line = models.OneToOneField(DecisionLine, on_delete=models.PROTECT, related_name="certificate")
    register = models.ForeignKey(NumberRegister, on_delete=models.PROTECT, related_name="+")
    number = models.PositiveIntegerField(_("số vào sổ"))
    # secrets.token_urlsafe: the path of the public verification page /xac-minh/<token>/
    token = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["register", "number"]
        verbose_name = _("giấy chứng nhận")
        verbose_name_plural = _("giấy chứng nhận")
        constraints = [
            models.UniqueConstraint(fields=["register", "number"], name="certificate_number"),
        ]

    def __str__(self) -> str:
        return f"{self.number}/{self.register.symbol}"


def _batch_path(instance: "CertificateBatch", filename: str) -> str:
    return f"decisions/certificates/{instance.decision_id}/{filename}"


class BatchStatus(models.TextChoices):
    PENDING = "pending", _("Đang tạo")
    READY = "ready", _("Đã xong")
    FAILED = "failed", _("Lỗi")


class CertificateBatch(models.Model):
    """One printing of a decision's certificates: a PDF, one A4 landscape page per awardee.

    The numbers and tokens are taken in the request; the PDF is drawn by the worker after
    the commit (STYLE convention 12), like the documents app's files.
    """

    decision = models.ForeignKey(Decision, on_delete=models.PROTECT, related_name="batches")
    status = models.CharField(
        _("trạng thái"), max_length=8, choices=BatchStatus.choices, default=BatchStatus.PENDING
    )
    error = models.TextField(_("lỗi"), blank=True)
    certificates = models.ManyToManyField(Certificate, related_name="batches")
    file = models.FileField(_("tệp PDF"), upload_to=_batch_path, max_length=255, blank=True)
    sha256 = models.CharField(max_length=64, blank=True)
    count = models.PositiveIntegerField(_("số trang"), default=0)
    seconds = models.FloatField(_("thời gian tạo (giây)"), default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("đợt in giấy chứng nhận")
        verbose_name_plural = _("đợt in giấy chứng nhận")

    def __str__(self) -> str:
        return f"{self.decision} ({self.count})"
