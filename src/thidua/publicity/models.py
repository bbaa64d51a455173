"""Public comment (lấy ý kiến công khai) on the nominees the council approved.

A notice lists nominees for a number of working days on a public page without login;
anyone may comment; the officer resolves every comment before the dossiers move on.
"""

import datetime as dt

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _


class PublicNotice(models.Model):
    round = models.ForeignKey(
        "nominations.ReviewRound",
        on_delete=models.PROTECT,
        related_name="public_notices",
        verbose_name=_("đợt xét"),
    )
    title = models.CharField(_("tiêu đề thông báo"), max_length=300)
    body = models.TextField(_("nội dung thông báo"), blank=True)
    opens_on = models.DateField(_("lấy ý kiến từ ngày"))
    closes_on = models.DateField(_("đến hết ngày"))
    working_days = models.PositiveSmallIntegerField(_("số ngày làm việc"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # Set by «Kết thúc lấy ý kiến» once every dossier of the notice has moved on.
    concluded_at = models.DateTimeField(_("thời điểm kết thúc"), null=True, blank=True)
    concluded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-opens_on", "-id"]
        verbose_name = _("thông báo lấy ý kiến")
        verbose_name_plural = _("thông báo lấy ý kiến")
        constraints = [
            models.CheckConstraint(
                condition=Q(closes_on__gte=F("opens_on")), name="notice_period_order"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def is_open_on(self, day: dt.date) -> bool:
        return self.concluded_at is None and self.opens_on <= day <= self.closes_on


class NoticeEntry(models.Model):
    """A nominee listed on the notice (the council approved them).

    What the public page shows is copied here when the notice is made: only name, position,
    unit, award and a short summary, never the national id, birth date or contact data.
    """

    notice = models.ForeignKey(PublicNotice, on_delete=models.CASCADE, related_name="entries")
    nomination = models.ForeignKey(
        "nominations.Nomination", on_delete=models.PROTECT, related_name="notice_entries"
    )
    name = models.CharField(_("cá nhân, tập thể"), max_length=255, default="")
    position = models.CharField(_("chức vụ"), max_length=200, blank=True, default="")
    unit = models.CharField(_("đơn vị"), max_length=255, blank=True, default="")
    award = models.CharField(_("danh hiệu, hình thức đề nghị"), max_length=200, default="")
    summary = models.TextField(_("tóm tắt thành tích"), blank=True, default="")

    class Meta:
        ordering = ["notice", "id"]
        constraints = [
            models.UniqueConstraint(fields=["notice", "nomination"], name="notice_entry_once"),
        ]

    def __str__(self) -> str:
        return str(self.nomination)


class CommentStatus(models.TextChoices):
    OPEN = "open", _("Chưa xử lý")
    RESOLVED = "resolved", _("Đã xử lý")


class PublicComment(models.Model):
    notice = models.ForeignKey(PublicNotice, on_delete=models.PROTECT, related_name="comments")
    # None: a comment on the whole notice rather than on one nominee.
    entry = models.ForeignKey(
        NoticeEntry,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="comments",
        verbose_name=_("về người, tập thể"),
    )
    name = models.CharField(_("họ và tên người góp ý"), max_length=200)
    contact = models.CharField(_("địa chỉ, điện thoại hoặc thư điện tử"), max_length=200)
    content = models.TextField(_("nội dung góp ý"), max_length=5000)
    received_at = models.DateTimeField(_("thời điểm nhận"))
    # A keyed hash of the sender's address: enough to rate-limit, not to identify.
    sender_hash = models.CharField(max_length=64, blank=True)
    status = models.CharField(
        _("tình trạng"), max_length=12, choices=CommentStatus.choices, default=CommentStatus.OPEN
    )
    resolution = models.TextField(_("kết quả xử lý"), blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    resolved_at = models.DateTimeField(_("thời điểm xử lý"), null=True, blank=True)

    class Meta:
        ordering = ["notice", "received_at", "id"]
        verbose_name = _("ý kiến góp ý")
        verbose_name_plural = _("ý kiến góp ý")
        indexes = [
            # publication_state: the unresolved comments of a notice
            models.Index(
                fields=["notice"], condition=Q(status="open"), name="comment_open_by_notice"
            ),
            # comment_submit: the sender's comments on the notice in the last hour
            models.Index(
                fields=["notice", "sender_hash", "received_at"], name="comment_rate_limit"
            ),
        ]

    def __str__(self) -> str:
        return f"Ý kiến của {self.name}"
