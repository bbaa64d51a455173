"""A nomination dossier (hồ sơ đề nghị khen thưởng): one unit's nominees in one round.

The dossier moves through `nominations.workflow`; each nominee (a person or a collective
with one proposed title or form) gets the appraisal opinion and the council's outcome.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from thidua.nominations.models.rounds import ReviewRound


class DossierStatus(models.TextChoices):
    DRAFT = "draft", _("Đang soạn")
    SUBMITTED = "submitted", _("Đã gửi")
    RECEIVED = "received", _("Đã tiếp nhận")
    APPRAISED = "appraised", _("Đã thẩm định")
    COUNCIL = "council", _("Hội đồng xét")
    PUBLISHED = "published", _("Đang lấy ý kiến")
    CONCLUDED = "concluded", _("Đã có kết quả xét")
    FORWARDED = "forwarded", _("Đã trình cấp trên")
    DECIDED = "decided", _("Đã có quyết định")


class Dossier(models.Model):
    round = models.ForeignKey(
        ReviewRound, on_delete=models.PROTECT, related_name="dossiers", verbose_name=_("đợt xét")
    )
    # The proposing unit (a division, a public service unit, or the department itself).
    organization = models.ForeignKey(
        "organizations.Organization",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("đơn vị đề nghị"),
    )
    title = models.CharField(_("trích yếu"), max_length=300)
    number = models.CharField(_("số tờ trình"), max_length=64, blank=True)
    note = models.TextField(_("ghi chú"), blank=True)
    status = models.CharField(
        _("trạng thái"), max_length=12, choices=DossierStatus.choices, default=DossierStatus.DRAFT
    )
    return_reason = models.TextField(_("lý do trả lại"), blank=True)
    submitted_at = models.DateTimeField(_("thời điểm gửi"), null=True, blank=True)
    received_at = models.DateTimeField(_("thời điểm tiếp nhận"), null=True, blank=True)
    # Set when the dossier came in as an upward package from a lower level's instance.
    source_package = models.CharField(_("gói hồ sơ gốc (SHA-256)"), max_length=64, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-round__year", "organization__path", "id"]
        verbose_name = _("hồ sơ đề nghị khen thưởng")
        verbose_name_plural = _("hồ sơ đề nghị khen thưởng")
        indexes = [
            # dossier lists of a round by status (the officer's inbox)
            models.Index(fields=["round", "status"], name="dossier_round_status"),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def editable(self) -> bool:
        return self.status == DossierStatus.DRAFT


class Appraisal(models.TextChoices):
    PENDING = "", _("Chưa thẩm định")
    AGREE = "agree", _("Đủ điều kiện")
    DISAGREE = "disagree", _("Không đủ điều kiện")


class Outcome(models.TextChoices):
    PENDING = "pending", _("Chưa có kết quả")
    APPROVED = "approved", _("Được đề nghị khen thưởng")
    REJECTED = "rejected", _("Không được đề nghị")


class Nomination(models.Model):
    """One nominee with one proposed title or form."""

    dossier = models.ForeignKey(Dossier, on_delete=models.CASCADE, related_name="nominations")
    person = models.ForeignKey(
        "organizations.Person",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="nominations",
        verbose_name=_("cá nhân"),
    )
    organization = models.ForeignKey(
        "organizations.Organization",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="nominations",
        verbose_name=_("tập thể"),
    )
    award_type = models.ForeignKey(
        "rules.AwardType",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("danh hiệu, hình thức đề nghị"),
    )
    position = models.CharField(_("chức vụ"), max_length=200, blank=True)
    summary = models.TextField(_("tóm tắt thành tích"), blank=True)
    # The rules engine's answer when the nominee was added (or re-checked), kept as shown.
    eligible = models.BooleanField(_("đủ điều kiện theo quy định"), null=True, blank=True)
    eligibility_notes = models.JSONField(_("điều kiện chưa đạt"), default=list, blank=True)
    justification = models.TextField(_("lý do đề nghị khi chưa đủ điều kiện"), blank=True)
    appraisal = models.CharField(
        _("ý kiến thẩm định"),
        max_length=12,
        choices=Appraisal.choices,
        default=Appraisal.PENDING,
        blank=True,
    )
    appraisal_note = models.TextField(_("nhận xét thẩm định"), blank=True)
    outcome = models.CharField(
        _("kết quả xét"), max_length=12, choices=Outcome.choices, default=Outcome.PENDING
    )
    # The council's tally for this nominee (councils app): counts, threshold, rule used.
    vote_result = models.JSONField(_("kết quả biểu quyết"), default=dict, blank=True)
    order = models.PositiveIntegerField(_("thứ tự"), default=0)

    class Meta:
        ordering = ["dossier", "order", "id"]
        verbose_name = _("người, tập thể được đề nghị")
        verbose_name_plural = _("người, tập thể được đề nghị")
        constraints = [
            models.CheckConstraint(
                condition=Q(person__isnull=False, organization__isnull=True)
                | Q(person__isnull=True, organization__isnull=False),
                name="nomination_one_subject",
            ),
            models.UniqueConstraint(
                fields=["dossier", "person", "award_type"],
                condition=Q(person__isnull=False),
                name="nomination_person_once",
            ),
            models.UniqueConstraint(
                fields=["dossier", "organization", "award_type"],
                condition=Q(organization__isnull=False),
                name="nomination_org_once",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.subject_name}: {self.award_type.code}"

    @property
    def subject_name(self) -> str:
        who = self.person if self.person_id else self.organization
        return str(who)

    @property
    def subject(self) -> str:
        return "ca_nhan" if self.person_id else "tap_the"


class AttachmentKind(models.TextChoices):
    SUBMISSION_LETTER = "submission_letter", _("Tờ trình")
    ACHIEVEMENT_REPORT = "achievement_report", _("Báo cáo thành tích")
    REVIEW_MINUTES = "review_minutes", _("Biên bản họp bình xét")
    INITIATIVE_CONFIRMATION = "initiative_confirmation", _("Xác nhận sáng kiến, đề tài")
    OTHER = "other", _("Tài liệu khác")


class Attachment(models.Model):
    dossier = models.ForeignKey(Dossier, on_delete=models.CASCADE, related_name="attachments")
    # An achievement report or initiative confirmation belongs to one nominee.
    nomination = models.ForeignKey(
        Nomination,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="attachments",
        verbose_name=_("của người, tập thể"),
    )
    kind = models.CharField(_("loại tài liệu"), max_length=32, choices=AttachmentKind.choices)
    file = models.FileField(_("tệp"), upload_to="nominations/%Y/")
    original_name = models.CharField(_("tên tệp"), max_length=255)
    size = models.PositiveIntegerField(_("dung lượng"))
    sha256 = models.CharField(max_length=64)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["dossier", "kind", "id"]
        verbose_name = _("tài liệu hồ sơ")
        verbose_name_plural = _("tài liệu hồ sơ")

    def __str__(self) -> str:
        return self.original_name
