"""The emulation and commendation council (Hội đồng Thi đua – Khen thưởng), its meetings and
its secret electronic ballots.

Ballot secrecy (docs/adr/0006-secret-ballot.md): `BallotIssue` records only *that* a member
voted on an item; `Vote` rows hold the choices with a random key, no time and no link to the
member. A member proves their ballot was counted with a receipt code nobody else holds.
"""

import datetime as dt
import uuid

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _


class Council(models.Model):
    """The council of an organisation (the department): advises its head on every award."""

    organization = models.ForeignKey(
        "organizations.Organization",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("cơ quan, đơn vị"),
    )
    name = models.CharField(_("tên Hội đồng"), max_length=300)
    established_by = models.CharField(_("quyết định thành lập"), max_length=300, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["organization__path", "id"]
        verbose_name = _("Hội đồng Thi đua – Khen thưởng")
        verbose_name_plural = _("Hội đồng Thi đua – Khen thưởng")

    def __str__(self) -> str:
        return self.name


class CouncilRole(models.TextChoices):
    CHAIR = "chair", _("Chủ tịch")
    VICE_CHAIR = "vice_chair", _("Phó Chủ tịch")
    MEMBER = "member", _("Ủy viên")
    SECRETARY = "secretary", _("Thư ký")


class CouncilMember(models.Model):
    """A seat on the council for a term. Never deleted: removal is recorded (STYLE 6)."""

    council = models.ForeignKey(Council, on_delete=models.PROTECT, related_name="members")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="council_seats",
        verbose_name=_("tài khoản"),
    )
    position = models.CharField(_("chức vụ, đơn vị công tác"), max_length=300)
    role = models.CharField(
        _("chức danh trong Hội đồng"),
        max_length=16,
        choices=CouncilRole.choices,
        default=CouncilRole.MEMBER,
    )
    # The secretary keeps the minutes; whether they also vote is the council's own rule.
    votes = models.BooleanField(_("có quyền biểu quyết"), default=True)
    term_start = models.DateField(_("nhiệm kỳ từ ngày"))
    term_end = models.DateField(_("nhiệm kỳ đến ngày"), null=True, blank=True)
    order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)
    removed_at = models.DateTimeField(_("thời điểm thôi làm thành viên"), null=True, blank=True)
    removed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["council", "order", "id"]
        verbose_name = _("thành viên Hội đồng")
        verbose_name_plural = _("thành viên Hội đồng")
        constraints = [
            models.UniqueConstraint(
                fields=["council", "user"],
                condition=Q(removed_at__isnull=True),
                name="council_member_once",
            ),
            models.CheckConstraint(
                condition=Q(term_end__isnull=True) | Q(term_end__gte=F("term_start")),
                name="council_member_term_order",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return str(self.user)

    def serves_on(self, day: dt.date) -> bool:
        """A member of the council on `day`: not removed and within the term."""
        return (
            self.removed_at is None
            and self.term_start <= day
            and (self.term_end is None or day <= self.term_end)
        )


class MeetingStatus(models.TextChoices):
    OPEN = "open", _("Đang họp")
    CLOSED = "closed", _("Đã kết thúc")


class Meeting(models.Model):
    """A sitting of the council (phiên họp) with its agenda of dossiers and its attendance."""

    council = models.ForeignKey(Council, on_delete=models.PROTECT, related_name="meetings")
    round = models.ForeignKey(
        "nominations.ReviewRound",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("đợt xét"),
    )
    title = models.CharField(_("nội dung phiên họp"), max_length=300)
    held_at = models.DateTimeField(_("thời gian họp"))
    place = models.CharField(_("địa điểm"), max_length=300)
    chair = models.ForeignKey(
        CouncilMember,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("chủ trì"),
    )
    secretary = models.ForeignKey(
        CouncilMember,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("thư ký ghi biên bản"),
    )
    conclusions = models.TextField(_("kết luận của phiên họp"), blank=True)
    status = models.CharField(
        _("trạng thái"), max_length=8, choices=MeetingStatus.choices, default=MeetingStatus.OPEN
    )
    closed_at = models.DateTimeField(_("thời điểm kết thúc"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-held_at", "-id"]
        verbose_name = _("phiên họp Hội đồng")
        verbose_name_plural = _("phiên họp Hội đồng")

    def __str__(self) -> str:
        return self.title

    @property
    def is_open(self) -> bool:
        return self.status == MeetingStatus.OPEN


class Attendance(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendance")
    member = models.ForeignKey(CouncilMember, on_delete=models.PROTECT, related_name="+")
    present = models.BooleanField(_("có mặt"), default=False)
    note = models.CharField(_("ghi chú (lý do vắng)"), max_length=300, blank=True)

    class Meta:
        ordering = ["meeting", "member__order", "member_id"]
        verbose_name = _("điểm danh")
        verbose_name_plural = _("điểm danh")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "member"], name="attendance_once"),
        ]

    def __str__(self) -> str:
        return f"{self.member}: {'có mặt' if self.present else 'vắng'}"


class ItemStatus(models.TextChoices):
    PENDING = "pending", _("Chưa bỏ phiếu")
    VOTING = "voting", _("Đang bỏ phiếu")
    CLOSED = "closed", _("Đã kiểm phiếu")


class AgendaItem(models.Model):
    """One dossier on the agenda; its ballot lists every nominee of the dossier."""

    meeting = models.ForeignKey(Meeting, on_delete=models.PROTECT, related_name="items")
    dossier = models.ForeignKey(
        "nominations.Dossier", on_delete=models.PROTECT, related_name="+", verbose_name=_("hồ sơ")
    )
    order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)
    status = models.CharField(
        _("trạng thái"), max_length=8, choices=ItemStatus.choices, default=ItemStatus.PENDING
    )
    opened_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    # Fixed when voting opens: the voting members in term, those present, and the members
    # who abstain for a conflict of interest ([{"member": id, "name": …, "reason": …}]).
    members = models.PositiveSmallIntegerField(null=True, blank=True)
    present = models.PositiveSmallIntegerField(null=True, blank=True)
    conflicts = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["meeting", "order", "id"]
        verbose_name = _("nội dung họp")
        verbose_name_plural = _("nội dung họp")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "dossier"], name="agenda_dossier_once"),
        ]

    def __str__(self) -> str:
        return str(self.dossier)


class BallotIssue(models.Model):
    """A ballot given to one member for one item; `cast` says only that it came back."""

    item = models.ForeignKey(AgendaItem, on_delete=models.PROTECT, related_name="issues")
    member = models.ForeignKey(CouncilMember, on_delete=models.PROTECT, related_name="+")
    cast = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("phiếu phát ra")
        verbose_name_plural = _("phiếu phát ra")
        constraints = [
            models.UniqueConstraint(fields=["item", "member"], name="ballot_issue_once"),
        ]

    def __str__(self) -> str:
        return f"{self.item_id}/{self.member_id}"


class Choice(models.TextChoices):
    YES = "yes", _("Đồng ý")
    NO = "no", _("Không đồng ý")


class Vote(models.Model):
    """One choice on one nominee of a returned ballot.

    Deliberately without a member, a user, a time or a sequential key: the rows of one
    ballot share only the hash of the receipt code shown once to the voter.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    item = models.ForeignKey(AgendaItem, on_delete=models.PROTECT, related_name="votes")
    nomination = models.ForeignKey(
        "nominations.Nomination", on_delete=models.PROTECT, related_name="+"
    )
    choice = models.CharField(max_length=4, choices=Choice.choices)
    receipt_hash = models.CharField(max_length=64)

    class Meta:
        verbose_name = _("lá phiếu")
        verbose_name_plural = _("lá phiếu")
        indexes = [
            # receipt_check: the rows of one ballot
            models.Index(fields=["receipt_hash"], name="vote_receipt"),
        ]

    def __str__(self) -> str:
        return str(self.id)
