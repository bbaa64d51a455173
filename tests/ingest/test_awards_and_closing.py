"""Award forms, counts of recipients, the signer and the distribution list."""

from collections.abc import Callable
from typing import Any

import pytest

Extract = Callable[[str], dict[str, Any]]
HEADER = "Số: 7/BC-SNV\nThái Bình, ngày 05 tháng 3 năm 2024\nBÁO CÁO\nKết quả khen thưởng\n\n"


def _counts(result: dict[str, Any]) -> list[tuple[str, str, int, int | None]]:
    return [(c["code"], c["subject"], c["count"], c["total"]) for c in result["award_counts"]]


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("Giám đốc Sở tặng Giấy khen cho 26 cá nhân và 09 tập thể.",
         [("GIAY_KHEN", "ca_nhan", 26, None), ("GIAY_KHEN", "tap_the", 9, None)]),
        ("Có 14/14 tập thể đạt Tập thể lao động tiên tiến; 224/224 cá nhân Lao động tiên tiến.",
         [("TTLDTT", "tap_the", 14, 14), ("LDTT", "ca_nhan", 224, 224)]),
        ("18/224 người, chiếm 8,1% Chiến sĩ thi đua cấp cơ sở; 02/224 người, chiến sĩ thi đua cấp tỉnh.",
         [("CSTDCS", "ca_nhan", 18, 224), ("CSTD_TINH", "ca_nhan", 2, 224)]),
        ("02/14 phòng, đơn vị trực thuộc đạt Tập thể Lao động xuất sắc, chiếm 14,3%.",
         [("TTLDXS", "tap_the", 2, 14)]),
        ("Có 01 sáng kiến của 01 tác giả được công nhận là sáng kiến cấp tỉnh và 18 sáng kiến của "
         "18 tác giả được công nhận là sáng kiến cấp cơ sở.",
         [("SANG_KIEN_TINH", "ca_nhan", 1, None), ("SANG_KIEN_CO_SO", "ca_nhan", 18, None)]),
        ("Đề nghị Bộ trưởng Bộ Lao động - TBXH tặng Bằng khen cho 05 cá nhân.",
         [("BANG_KHEN_BO", "ca_nhan", 5, None)]),
        ("Chủ tịch UBND tỉnh tặng Bằng khen cho 07 tập thể và 06 cá nhân có thành tích xuất sắc.",
         [("BANG_KHEN_TINH", "tap_the", 7, None), ("BANG_KHEN_TINH", "ca_nhan", 6, None)]),
        ("Thủ tướng Chính phủ tặng Bằng khen cho 2 tập thể.", [("BANG_KHEN_TTG", "tap_the", 2, None)]),
        ("Tặng Bằng khen của Bộ trưởng Bộ Tư pháp cho 3 cá nhân.", [("BANG_KHEN_BO", "ca_nhan", 3, None)]),
        ('Trình Chủ tịch nước tặng "Huân chương Lao động" hạng nhì cho 01 cá nhân.',
         [("HUAN_CHUONG_LD_NHI", "ca_nhan", 1, None)]),
        ("Xét tặng Kỷ niệm chương “Vì sự nghiệp Lao động – Thương binh và Xã hội” cho 33 cá nhân.",
         [("KY_NIEM_CHUONG", "ca_nhan", 33, None)]),
        ("UBND tỉnh tặng Cờ thi đua cho 36 tập thể có thành tích xuất sắc.",
         [("CO_THI_DUA_TINH", "tap_the", 36, None)]),
        ("Chiến sĩ thi đua cơ sở: 6 cá nhân.", [("CSTDCS", "ca_nhan", 6, None)]),
        ("Có 120 hộ gia đình đạt danh hiệu Gia đình văn hóa.", [("GIA_DINH_VAN_HOA", "ho_gia_dinh", 120, None)]),
    ],
)  # fmt: skip
def test_it_counts_award_recipients(extract: Extract, sentence: str, counts: list[Any]) -> None:
    assert _counts(extract(HEADER + sentence)) == counts


@pytest.mark.parametrize(
    "sentence",
    [
        "Khen thưởng cho 01 cá nhân có thành tích trong phong trào thi đua.",
        "Tặng Giấy khen cho 02 Đảng viên trong đợt thi đua chuyên đề.",
        "Hoàn thành 16/16 nhiệm vụ được giao; toàn tỉnh có 7800 hộ thoát nghèo.",
        "Các đơn vị có thi đua sôi nổi với 30 cá nhân tham gia.",
        "Phấn đấu 100% cá nhân đạt danh hiệu Lao động tiên tiến.",
    ],
)
def test_it_counts_only_recipients_of_a_named_award(extract: Extract, sentence: str) -> None:
    assert _counts(extract(HEADER + sentence)) == []


def test_it_lists_award_forms_as_glossary_codes(extract: Extract) -> None:
    text = HEADER + (
        "Chủ tịch UBND tỉnh xét tặng Bằng khen và Cờ thi đua; Giám đốc Sở tặng Giấy khen; "
        "bình xét Lao động tiên tiến, Chiến sĩ thi đua cơ sở; phát huy hiệu quả các phong trào."
    )
    assert extract(text)["award_forms"] == [
        "BANG_KHEN_TINH", "CO_THI_DUA_TINH", "GIAY_KHEN", "LDTT", "CSTDCS"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("closing", "signer"),
    [
        ("GIÁM ĐỐC\n\nVũ Đình Nam", {"title": "GIÁM ĐỐC", "name": "Vũ Đình Nam"}),
        ("**GIÁM ĐỐC**\n\n**Vũ Đình Nam**", {"title": "GIÁM ĐỐC", "name": "Vũ Đình Nam"}),
        ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nTrần Thị Hoa", {"title": "PHÓ GIÁM ĐỐC", "name": "Trần Thị Hoa"}),
        ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Bình", {"title": "PHÓ CHỦ TỊCH", "name": "Lê Văn Bình"}),
        ("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH\nĐinh Thị Yến", {"title": "CHỦ TỊCH", "name": "Đinh Thị Yến"}),
        ("Q. GIÁM ĐỐC\n\nĐỗ Văn Chiến", {"title": "Q. GIÁM ĐỐC", "name": "Đỗ Văn Chiến"}),
        ("TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nVũ Thị Mai", {"title": "CHÁNH VĂN PHÒNG", "name": "Vũ Thị Mai"}),
        ("GIÁM ĐỐC", {"title": "GIÁM ĐỐC", "name": None}),
        ("HIỆU TRƯỞNG\n\nNGUYỄN VĂN AN", {"title": "HIỆU TRƯỞNG", "name": "NGUYỄN VĂN AN"}),
        ("GIÁM ĐỐC\n(Đã ký, đóng dấu)\nĐại tá Trần Văn Minh", {"title": "GIÁM ĐỐC", "name": "Trần Văn Minh"}),
        ("HIỆU TRƯỞNG\n[đã ký]\nThS. Lê Thị Hoa", {"title": "HIỆU TRƯỞNG", "name": "Lê Thị Hoa"}),
        ("GIÁM ĐỐC\n\nNơi nhận gửi kèm", {"title": "GIÁM ĐỐC", "name": None}),
    ],
)  # fmt: skip
def test_it_reads_the_signer(extract: Extract, closing: str, signer: dict[str, Any]) -> None:
    text = (
        HEADER
        + "Đề nghị các đơn vị thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n"
        + closing
    )
    assert extract(text)["signer"] == signer


def test_it_reads_the_signer_when_the_signature_comes_before_the_distribution(
    extract: Extract,
) -> None:
    text = (
        HEADER
        + "Đề nghị các đơn vị thực hiện./.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nLê Thu Hà\nNơi nhận:\n- Như trên;"
    )
    assert extract(text)["signer"] == {"title": "PHÓ GIÁM ĐỐC", "name": "Lê Thu Hà"}


def test_it_gives_no_signer_without_a_signature_block(extract: Extract) -> None:
    assert extract(HEADER + "Đề nghị các đơn vị thực hiện./.")["signer"] is None


@pytest.mark.parametrize(
    ("block", "distribution"),
    [
        ("Nơi nhận:\n- Như trên;\n- Sở Nội vụ;\n- Lãnh đạo Sở;\n- Lưu: VT, VP (TĐKT).",
         ["Như trên", "Sở Nội vụ", "Lãnh đạo Sở"]),
        ("Nơi nhận:\n\n- Sở Nội vụ (100b);\n\n- Văn phòng UBND tỉnh;\n\n- Lưu: VT.",
         ["Sở Nội vụ (100b)", "Văn phòng UBND tỉnh"]),
        ("Nơi nhận: - Như trên; - UBND tỉnh (b/c); - Lưu: VT, TĐKT.", ["Như trên", "UBND tỉnh (b/c)"]),
        ("Nơi nhận:\n- Các sở, ban, ngành, đoàn thể,\nLLVT của tỉnh;\n- Lưu: VT.",
         ["Các sở, ban, ngành, đoàn thể, LLVT của tỉnh"]),
    ],
)  # fmt: skip
def test_it_reads_the_distribution_list(
    extract: Extract, block: str, distribution: list[str]
) -> None:
    text = HEADER + "Đề nghị các đơn vị thực hiện./.\n\n" + block + "\n\nGIÁM ĐỐC\n\nNguyễn Văn A"
    assert extract(text)["distribution"] == distribution
