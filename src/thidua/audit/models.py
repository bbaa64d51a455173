"""The append-only audit trail. Services write events; nothing updates or deletes them."""

from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditImmutableError(Exception):
    """Raised when code tries to change or remove an audit event."""


class EventQuerySet(models.QuerySet["Event"]):
    def update(self, **kwargs: Any) -> int:
        raise AuditImmutableError("Nhật ký không được sửa.")

    def delete(self) -> tuple[int, dict[str, int]]:
        raise AuditImmutableError("Nhật ký không được xóa.")


class EventType(models.TextChoices):
    USER_LOGIN = "user.login", _("Đăng nhập")
    USER_LOGIN_FAILED = "user.login_failed", _("Đăng nhập thất bại")
    USER_LOGOUT = "user.logout", _("Đăng xuất")
    USER_PASSWORD_CHANGED = "user.password_changed", _("Đổi mật khẩu")
    USER_PASSWORD_RESET = "user.password_reset", _("Đặt lại mật khẩu")
    USER_OTP_ENABLED = "user.otp_enabled", _("Bật xác thực hai lớp")
    USER_CREATED = "user.created", _("Tạo tài khoản")
    ROLE_GRANTED = "role.granted", _("Cấp vai trò")
    ROLE_REVOKED = "role.revoked", _("Thu hồi vai trò")
    ORG_CREATED = "organization.created", _("Tạo đơn vị")
    ORG_UPDATED = "organization.updated", _("Sửa đơn vị")
    ORG_RENAMED = "organization.renamed", _("Đổi tên đơn vị")
    ORG_MOVED = "organization.moved", _("Chuyển đơn vị cấp trên")
    ORG_MERGED = "organization.merged", _("Sáp nhập đơn vị")
    ORG_SPLIT = "organization.split", _("Chia tách đơn vị")
    ORG_DISSOLVED = "organization.dissolved", _("Giải thể đơn vị")
    PERSON_CREATED = "person.created", _("Thêm cá nhân")
    PERSON_UPDATED = "person.updated", _("Sửa thông tin cá nhân")
    EMPLOYMENT_STARTED = "employment.started", _("Bắt đầu công tác")
    EMPLOYMENT_UPDATED = "employment.updated", _("Sửa quá trình công tác")
    EMPLOYMENT_ENDED = "employment.ended", _("Kết thúc công tác")
    IMPORT_COMPLETED = "import.completed", _("Nhập dữ liệu từ Excel")
    EXPORT_DOWNLOADED = "export.downloaded", _("Xuất dữ liệu")
    RULES_CHANGED = "rules.changed", _("Sửa quy định thi đua, khen thưởng")
    HISTORY_CHANGED = "history.changed", _("Sửa lịch sử thi đua, khen thưởng")
    HISTORY_LOADED = "history.loaded", _("Nạp lịch sử thi đua, khen thưởng")
    MOVEMENT_CREATED = "movement.created", _("Tạo phong trào thi đua")
    MOVEMENT_UPDATED = "movement.updated", _("Sửa phong trào thi đua")
    MOVEMENT_LAUNCHED = "movement.launched", _("Phát động phong trào thi đua")
    MOVEMENT_CLOSED = "movement.closed", _("Kết thúc phong trào thi đua")
    MOVEMENT_REOPENED = "movement.reopened", _("Mở lại phong trào thi đua")
    MOVEMENT_SUMMARISED = "movement.summarised", _("Tổng kết phong trào thi đua")
    MOVEMENT_DOCUMENT_ADDED = "movement.document_added", _("Đính kèm văn bản phong trào")
    MOVEMENT_DOCUMENT_REMOVED = "movement.document_removed", _("Gỡ văn bản phong trào")
    MOVEMENT_PARTICIPANTS_CHANGED = "movement.participants_changed", _("Sửa đơn vị tham gia")
    TARGET_CREATED = "target.created", _("Thêm chỉ tiêu")
    TARGET_UPDATED = "target.updated", _("Sửa chỉ tiêu")
    TARGET_DELETED = "target.deleted", _("Xóa chỉ tiêu")
    PROGRESS_RECORDED = "progress.recorded", _("Cập nhật tiến độ chỉ tiêu")
    REGISTRATION_PERIOD_OPENED = "registration_period.opened", _("Mở đăng ký thi đua")
    REGISTRATION_PERIOD_CHANGED = "registration_period.changed", _("Sửa, mở lại đăng ký thi đua")
    REGISTRATION_SAVED = "registration.saved", _("Lưu đăng ký thi đua")
    REGISTRATION_SUBMITTED = "registration.submitted", _("Gửi đăng ký thi đua")
    REGISTRATION_ACCEPTED = "registration.accepted", _("Chấp nhận đăng ký thi đua")
    REGISTRATION_RETURNED = "registration.returned", _("Trả lại đăng ký thi đua")
    REPORT_REQUESTED = "report_request.created", _("Yêu cầu báo cáo")
    REPORT_SAVED = "report.saved", _("Lưu báo cáo của đơn vị")
    REPORT_SUBMITTED = "report.submitted", _("Gửi báo cáo của đơn vị")
    REPORT_RETURNED = "report.returned", _("Trả lại báo cáo của đơn vị")
    REMINDERS_SENT = "reminders.sent", _("Gửi nhắc hạn báo cáo")
    DOCUMENT_REQUESTED = "document.requested", _("Yêu cầu tạo văn bản")
    DOCUMENT_GENERATED = "document.generated", _("Tạo văn bản")
    DOCUMENT_FAILED = "document.failed", _("Lỗi tạo văn bản")
    TEMPLATE_UPLOADED = "document_template.uploaded", _("Tải lên mẫu văn bản")
    TEMPLATE_ACTIVATED = "document_template.activated", _("Dùng lại mẫu văn bản")
    TEMPLATE_DEACTIVATED = "document_template.deactivated", _("Ngừng dùng mẫu văn bản")
    RECEIVED_DOCUMENT_RECORDED = "received_document.recorded", _("Ghi nhận văn bản đến")
    API_TOKEN_CREATED = "api_token.created", _("Cấp mã truy cập API")
    API_TOKEN_REVOKED = "api_token.revoked", _("Thu hồi mã truy cập API")
    ROUND_OPENED = "round.opened", _("Mở đợt xét khen thưởng")
    ROUND_CHANGED = "round.changed", _("Sửa đợt xét khen thưởng")
    ROUND_CLOSED = "round.closed", _("Kết thúc đợt xét khen thưởng")
    DOSSIER_CREATED = "dossier.created", _("Tạo hồ sơ đề nghị")
    DOSSIER_SAVED = "dossier.saved", _("Sửa hồ sơ đề nghị")
    DOSSIER_SUBMITTED = "dossier.submitted", _("Gửi hồ sơ đề nghị")
    DOSSIER_RECALLED = "dossier.recalled", _("Thu hồi hồ sơ đề nghị")
    DOSSIER_RECEIVED = "dossier.received", _("Tiếp nhận hồ sơ đề nghị")
    DOSSIER_RETURNED = "dossier.returned", _("Trả lại hồ sơ đề nghị")
    DOSSIER_APPRAISED = "dossier.appraised", _("Thẩm định hồ sơ đề nghị")
    DOSSIER_TO_COUNCIL = "dossier.to_council", _("Trình Hội đồng xét")
    DOSSIER_AGENDA_REMOVED = "dossier.agenda_removed", _("Rút khỏi chương trình họp Hội đồng")
    DOSSIER_PUBLISHED = "dossier.published", _("Công khai lấy ý kiến")
    DOSSIER_CONCLUDED = "dossier.concluded", _("Kết thúc xét hồ sơ")
    DOSSIER_FORWARDED = "dossier.forwarded", _("Trình cấp trên")
    DOSSIER_DECIDED = "dossier.decided", _("Có quyết định khen thưởng")
    NOMINEE_ADDED = "nomination.added", _("Thêm người, tập thể được đề nghị")
    NOMINEE_CHANGED = "nomination.changed", _("Sửa người, tập thể được đề nghị")
    NOMINEE_REMOVED = "nomination.removed", _("Bỏ người, tập thể được đề nghị")
    NOMINEE_APPRAISED = "nomination.appraised", _("Ý kiến thẩm định")
    NOMINEE_OUTCOME = "nomination.outcome", _("Kết quả xét")
    ATTACHMENT_ADDED = "attachment.added", _("Đính kèm tài liệu hồ sơ")
    ATTACHMENT_REMOVED = "attachment.removed", _("Gỡ tài liệu hồ sơ")
    COUNCIL_CHANGED = "council.changed", _("Sửa Hội đồng thi đua – khen thưởng")
    COUNCIL_MEMBER_CHANGED = "council.member_changed", _("Sửa thành viên Hội đồng")
    MEETING_CREATED = "meeting.created", _("Tạo phiên họp Hội đồng")
    MEETING_CHANGED = "meeting.changed", _("Sửa phiên họp Hội đồng")
    MEETING_ATTENDANCE = "meeting.attendance", _("Điểm danh phiên họp")
    VOTING_OPENED = "voting.opened", _("Mở bỏ phiếu")
    VOTE_CAST = "vote.cast", _("Nhận phiếu bầu")
    VOTING_CLOSED = "voting.closed", _("Kết thúc bỏ phiếu, kiểm phiếu")
    MEETING_CLOSED = "meeting.closed", _("Kết thúc phiên họp")
    PUBLICATION_OPENED = "publication.opened", _("Mở lấy ý kiến công khai")
    PUBLICATION_CLOSED = "publication.closed", _("Kết thúc lấy ý kiến công khai")
    COMMENT_RECEIVED = "comment.received", _("Nhận ý kiến góp ý")
    COMMENT_RESOLVED = "comment.resolved", _("Xử lý ý kiến góp ý")
    DECISION_REGISTER_CHANGED = "decision_register.changed", _("Sửa sổ quyết định")
    DECISION_DRAFTED = "decision.drafted", _("Dự thảo quyết định")
    DECISION_CHANGED = "decision.changed", _("Sửa dự thảo quyết định")
    DECISION_ISSUED = "decision.issued", _("Ban hành quyết định")
    DECISION_REVOKED = "decision.revoked", _("Hủy bỏ quyết định")
    CERTIFICATES_GENERATED = "certificates.generated", _("In giấy chứng nhận")
    PACKAGE_EXPORTED = "package.exported", _("Lập gói hồ sơ trình cấp trên")
    PACKAGE_IMPORTED = "package.imported", _("Nhập gói hồ sơ của cấp dưới")
    OUTCOME_RECORDED = "package.outcome", _("Ghi nhận kết quả của cấp trên")


class Event(models.Model):
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("người thực hiện"),
    )
    organization = models.ForeignKey(
        "organizations.Organization",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("đơn vị"),
    )
    event_type = models.CharField(_("loại sự kiện"), max_length=64, choices=EventType.choices)
    subject_type = models.CharField(_("loại đối tượng"), max_length=64, blank=True)
    subject_id = models.CharField(_("mã đối tượng"), max_length=64, blank=True)
    subject_label = models.CharField(_("đối tượng"), max_length=300, blank=True)
    at = models.DateTimeField(_("thời điểm"), db_index=True)
    data = models.JSONField(_("dữ liệu"), default=dict, blank=True)
    ip_address = models.GenericIPAddressField(_("địa chỉ IP"), null=True, blank=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("sự kiện nhật ký")
        verbose_name_plural = _("nhật ký hệ thống")
        indexes = [
            # subject timeline on the detail pages of people and organisations
            models.Index(fields=["subject_type", "subject_id", "at"], name="audit_subject_at"),
            # the audit page filtered by scope
            models.Index(fields=["organization", "at"], name="audit_org_at"),
        ]

    def __str__(self) -> str:
        return f"{self.at:%d/%m/%Y %H:%M} {self.event_type} {self.subject_label}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise AuditImmutableError("Nhật ký không được sửa.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise AuditImmutableError("Nhật ký không được xóa.")
