"""Documents received by a unit (read by the extractor) and the award counts they report."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class DocType(models.TextChoices):
    """The `doc_type` values of the ingest contract."""

    CHI_THI = "chi_thi", _("Chỉ thị")
    KE_HOACH = "ke_hoach", _("Kế hoạch")
    CONG_VAN = "cong_van", _("Công văn")
    QUYET_DINH = "quyet_dinh", _("Quyết định")
    BAO_CAO = "bao_cao", _("Báo cáo")
    THONG_BAO = "thong_bao", _("Thông báo")
    HUONG_DAN = "huong_dan", _("Hướng dẫn")
    TO_TRINH = "to_trinh", _("Tờ trình")
    BIEN_BAN = "bien_ban", _("Biên bản")
    DANH_SACH = "danh_sach", _("Danh sách")
    BAI_VIET = "bai_viet", _("Bài viết")
    OTHER = "other", _("Văn bản khác")


class StatSubject(models.TextChoices):
    CA_NHAN = "ca_nhan", _("Cá nhân")
    TAP_THE = "tap_the", _("Tập thể")
    HO_GIA_DINH = "ho_gia_dinh", _("Hộ gia đình")


class ReceivedDocument(models.Model):
    """A document a unit received, as uploaded, with the fields the user checked."""

    organization = models.ForeignKey(
        "organizations.Organization",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("đơn vị nhận"),
    )
    file = models.FileField(_("tệp"), upload_to="ingest/%Y/", max_length=255)
    original_name = models.CharField(_("tên tệp"), max_length=255, blank=True)
    size = models.PositiveBigIntegerField(_("dung lượng"), default=0)
    sha256 = models.CharField(max_length=64)
    extracted = models.JSONField(_("kết quả đọc văn bản"), default=dict)
    doc_type = models.CharField(
        _("loại văn bản"), max_length=16, choices=DocType.choices, default=DocType.OTHER
    )
    number = models.CharField(_("số"), max_length=50, blank=True)
    symbol = models.CharField(_("ký hiệu"), max_length=100, blank=True)
    issue_date = models.DateField(_("ngày ban hành"), null=True, blank=True)
    issuer = models.CharField(_("cơ quan ban hành"), max_length=255, blank=True)
    title = models.CharField(_("trích yếu"), max_length=500)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("thời điểm ghi nhận"), auto_now_add=True)
    movement = models.ForeignKey(
        "movements.Movement",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("phong trào tạo từ văn bản"),
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("văn bản đến")
        verbose_name_plural = _("văn bản đến")

    def __str__(self) -> str:
        label = self.get_doc_type_display()
        return f"{label} {self.number_symbol}".strip() if self.number_symbol else self.title[:80]

    @property
    def number_symbol(self) -> str:
        if self.number and self.symbol:
            return f"{self.number}/{self.symbol}"
        return self.number or self.symbol


class AwardStatistic(models.Model):
    """How many people or collectives of an organisation received an award in a year."""

    organization = models.ForeignKey(
        "organizations.Organization",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("đơn vị"),
    )
    year = models.PositiveSmallIntegerField(_("năm"))
    award_code = models.CharField(_("mã danh hiệu, hình thức"), max_length=32)
    subject = models.CharField(_("đối tượng"), max_length=16, choices=StatSubject.choices)
    count = models.PositiveIntegerField(_("số lượng"))
    total = models.PositiveIntegerField(_("tổng số"), null=True, blank=True)
    source = models.ForeignKey(
        ReceivedDocument,
        on_delete=models.CASCADE,
        related_name="statistics",
        verbose_name=_("văn bản nguồn"),
    )

    class Meta:
        ordering = ["organization", "-year", "award_code", "subject", "id"]
        verbose_name = _("thống kê khen thưởng")
        verbose_name_plural = _("thống kê khen thưởng")
        indexes = [models.Index(fields=["organization", "year"], name="award_stat_org_year")]

    def __str__(self) -> str:
        return f"{self.year} {self.award_code} {self.get_subject_display()}: {self.count}"
