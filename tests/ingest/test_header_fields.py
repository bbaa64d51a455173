"""Header fields: number and symbol, place and date, type, title, recipients, issuer."""

from collections.abc import Callable
from typing import Any

import pytest

Extract = Callable[[str], dict[str, Any]]
BODY = "\n\nThực hiện chương trình công tác năm, đề nghị các đơn vị triển khai thực hiện./."


@pytest.mark.parametrize(
    ("line", "number", "symbol"),
    [
        ("Số: 01/CT-UBND", "01", "CT-UBND"),
        ("Số: /CT-UBND", None, "CT-UBND"),
        ("Số:      /KH-SLĐTBXH", None, "KH-SLĐTBXH"),
        ("Số: ……/QĐ-UBND", None, "QĐ-UBND"),
        ("Số: 123 /QĐ-UBND", "123", "QĐ-UBND"),
        ("Số 1234/SNV-TĐKT", "1234", "SNV-TĐKT"),
        ("Số: 12/2023/QĐ-UBND", "12", "2023/QĐ-UBND"),
        ("Số 01-CT/TU", "01-CT", "TU"),
        ("So: 56/KH-UBND", "56", "KH-UBND"),
        ("Số: 1.234/SNV-TĐKT", "1.234", "SNV-TĐKT"),
        ("Số: 88/QĐ – UBND", "88", "QĐ–UBND"),
    ],
)
def test_it_reads_the_number_and_symbol(
    extract: Extract, line: str, number: Any, symbol: str
) -> None:
    result = extract(f"SỞ NỘI VỤ\n{line}\nHà Nội, ngày 05 tháng 3 năm 2024{BODY}")
    assert (result["number"], result["symbol"]) == (number, symbol)


def test_it_ignores_a_number_that_is_not_in_the_header(extract: Extract) -> None:
    result = extract("Thực hiện Kế hoạch số 12/KH-UBND của tỉnh.\nSố hộ nghèo: 46.660 hộ.")
    assert (result["number"], result["symbol"]) == (None, None)


@pytest.mark.parametrize(
    ("line", "place", "date"),
    [
        ("Kon Tum, ngày 03 tháng 01 năm 2023", "Kon Tum", (2023, 1, 3)),
        ("Kon Tum, ngày   tháng 01 năm 2023", "Kon Tum", (2023, 1, None)),
        ("Hà Nội, ngày … tháng … năm 2024", "Hà Nội", (2024, None, None)),
        ("Cà Mau, ngày    tháng    năm 20…", "Cà Mau", (None, None, None)),
        ("TP. Hồ Chí Minh, ngày 2 tháng 9 năm 2023", "TP. Hồ Chí Minh", (2023, 9, 2)),
        ("Phan Rang-Tháp Chàm, ngày 15/7/2022", "Phan Rang-Tháp Chàm", (2022, 7, 15)),
        ("Buon Ma Thuot, ngay 1 thang 6 nam 2021", "Buon Ma Thuot", (2021, 6, 1)),
    ],
)
def test_it_reads_place_and_date_with_blank_parts(
    extract: Extract, line: str, place: str, date: tuple[Any, Any, Any]
) -> None:
    result = extract(f"Số: 12/KH-UBND\n{line}\nKẾ HOẠCH\nThi đua năm 2024{BODY}")
    assert result["place"] == place
    issue_date = result["issue_date"]
    assert (issue_date["year"], issue_date["month"], issue_date["day"]) == date


def test_it_reads_a_date_line_without_a_place(extract: Extract) -> None:
    result = extract(f"Số: 12/KH-UBND\nNgày 05 tháng 3 năm 2024\nKẾ HOẠCH\nThi đua năm 2024{BODY}")
    assert (result["place"], result["issue_date"]) == (None, {"year": 2024, "month": 3, "day": 5})


def test_it_leaves_place_and_date_empty_without_a_date_line(extract: Extract) -> None:
    result = extract(f"KẾ HOẠCH\nPhát động thi đua năm 2024{BODY}")
    assert (result["place"], result["issue_date"]) == (None, None)


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        ("Số: 1/CT-UBND\nCHỈ THỊ\nVề công tác thi đua", "chi_thi"),
        ("KẾ HOẠCH\nPhát động thi đua", "ke_hoach"),
        ("Q U Y Ế T  Đ Ị N H\nVề việc khen thưởng", "quyet_dinh"),
        ("BÁO CÁO\nTổng kết năm 2023", "bao_cao"),
        ("Số: 5/TB-UBND\nTHÔNG BÁO\nKết luận của Chủ tịch", "thong_bao"),
        ("HƯỚNG DẪN\nXét khen thưởng năm 2023", "huong_dan"),
        ("TỜ TRÌNH\nVề việc đề nghị khen thưởng", "to_trinh"),
        ("BIÊN BẢN\nHọp Hội đồng", "bien_ban"),
        ("DANH SÁCH\nTập thể, cá nhân được khen thưởng", "danh_sach"),
        ("NGHỊ QUYẾT\nVề nhiệm vụ năm 2024", "other"),
        ("Số: 12/KH-UBND\nPhát động thi đua", "ke_hoach"),
        ("Số: 12/QĐ-UBND\nVề việc khen thưởng", "quyet_dinh"),
        ("Số: 123/UBND-VX\nV/v khen thưởng", "cong_van"),
        ("Số: /SLĐTBXH-VP\nVề việc phát động thi đua", "cong_van"),
        ("Số: 45/NQ-HĐND\nVề dự toán", "other"),
        ("Kính gửi: Các phòng chuyên môn.", "cong_van"),
        ("BÁO CÁO THÀNH TÍCH\nĐề nghị tặng Bằng khen của Thủ tướng Chính phủ", "bao_cao"),
        ("KẾ HOẠCH LIÊN TỊCH\nPhối hợp tổ chức phong trào thi đua", "ke_hoach"),
        ("HƯỚNG DẪN.\nXét khen thưởng năm 2023", "huong_dan"),
    ],
)
def test_it_classifies_the_document_type(extract: Extract, text: str, doc_type: str) -> None:
    assert extract(text + BODY)["doc_type"] == doc_type


def test_it_classifies_a_copy_without_header_by_its_closing_sentence(extract: Extract) -> None:
    text = (
        "I. MỤC ĐÍCH, YÊU CẦU\n"
        + "Tổ chức phong trào thi đua sâu rộng trong toàn ngành. " * 5
        + "\nII. NỘI DUNG THI ĐUA\n"
        + "Thi đua hoàn thành nhiệm vụ chính trị được giao. " * 5
        + "\nTrên đây là Kế hoạch phát động thi đua năm 2024 của Sở Y tế./."
    )
    result = extract(text)
    assert (result["doc_type"], result["issuer"]) == ("ke_hoach", "Sở Y tế")


def test_it_classifies_a_copy_without_header_by_how_it_names_itself(extract: Extract) -> None:
    text = (
        "I. MỤC ĐÍCH\n"
        + "Các đơn vị tổ chức thực hiện tốt Chỉ thị này trong toàn ngành. " * 3
        + "\nII. TỔ CHỨC THỰC HIỆN\nGiao Sở Nội vụ theo dõi việc thực hiện Chỉ thị này."
    )
    assert extract(text)["doc_type"] == "chi_thi"


def test_it_classifies_a_news_article(extract: Extract) -> None:
    text = "Tổng kết phong trào thi đua năm 2023 của tỉnh\nLượt xem: 120\n" + "Nội dung bài. " * 30
    assert extract(text)["doc_type"] == "bai_viet"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("KẾ HOẠCH\nPhát động phong trào thi đua năm 2023", "Phát động phong trào thi đua năm 2023"),
        ("KẾ HOẠCH\n\nPhát động phong trào\nthi đua năm 2024\n", "Phát động phong trào thi đua năm 2024"),
        ("Số: /SLĐTBXH-VP\nVề việc phát động phong trào thi  \nđua năm 2023\n\nKính gửi: Các phòng.",
         "Về việc phát động phong trào thi đua năm 2023"),
        ("Số: 12/SNV\nV/v hướng dẫn khen thưởng\nKính gửi: Các sở.", "V/v hướng dẫn khen thưởng"),
        ("QUYẾT ĐỊNH\nVề việc tặng Bằng khen\n______\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "Về việc tặng Bằng khen"),
        ("TỜ TRÌNH\nVề việc đề nghị tặng Cờ thi đua\nKính gửi: UBND tỉnh.", "Về việc đề nghị tặng Cờ thi đua"),
        ("CHỈ THỊ\nPhát động phong trào thi đua năm 2023\nNăm 2023 có ý nghĩa quan trọng trong việc thực hiện "
         "thành công Nghị quyết\nĐại hội Đảng bộ tỉnh.", "Phát động phong trào thi đua năm 2023"),
        ("KẾ HOẠCH\nTổ chức Hội nghị điển hình tiên tiến\n(Kèm theo Quyết định số 5/QĐ-UBND)",
         "Tổ chức Hội nghị điển hình tiên tiến"),
        ("Số: 12/KH-UBND\nHà Nội, ngày 5 tháng 3 năm 2024\nTổ chức Hội nghị điển hình tiên tiến",
         "Tổ chức Hội nghị điển hình tiên tiến"),
    ],
)  # fmt: skip
def test_it_reads_the_title(extract: Extract, text: str, title: str) -> None:
    assert extract(text + BODY)["title"] == title


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        ("Kính gửi: Các phòng chuyên môn, các đơn vị trực thuộc Sở.",
         ["Các phòng chuyên môn, các đơn vị trực thuộc Sở"]),
        ("Kính gửi:\n- Các sở, ban, ngành;\n\n- UBND các huyện, thành phố.",
         ["Các sở, ban, ngành", "UBND các huyện, thành phố"]),
    ],
)  # fmt: skip
def test_it_reads_the_recipients(extract: Extract, text: str, recipients: list[str]) -> None:
    assert extract("Số: 1/SNV-VP\nV/v thi đua\n" + text + BODY)["recipients"] == recipients


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("UBND TỈNH SƠN LA\nSỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSố: 1/KH-SLĐTBXH\nKẾ HOẠCH\nThi đua",
         "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"),
        ("ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\n-------\nSố: 5/CT-UBND\nCHỈ THỊ\nThi đua", "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG"),
        ("UBND TỈNH NGHỆ AN SỞ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 3/SNV\nV/v thi đua", "SỞ NỘI VỤ"),
        ("ỦY BAN NHÂN DÂN     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH ĐIỆN BIÊN     Độc lập - Tự do - Hạnh phúc\n"
         "Số: 12/CT-UBND     Điện Biên, ngày 10 tháng 01 năm 2024\nCHỈ THỊ\nVề thi đua", "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN"),
        ("SỞ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI\nSố: 2/TTr-SLĐTBXH\nTỜ TRÌNH\nKhen thưởng",
         "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"),
        ("Số: /SLĐTBXH-VP\nV/v thi đua\n\nNăm 2023 có ý nghĩa quan trọng. Sở Lao động - Thương binh và Xã hội "
         "phát động phong trào thi đua năm 2023.", "Sở Lao động - Thương binh và Xã hội"),
        ("Số: /CT-UBND\nGia Lai, ngày tháng 01 năm 2023\nCHỈ THỊ\nThi đua\n\nNăm 2023 là năm quan trọng, Chủ tịch "
         "Ủy ban nhân dân tỉnh yêu cầu các sở, ngành thực hiện.", "Ủy ban nhân dân tỉnh Gia Lai"),
        ("KẾ HOẠCH\nThi đua\n\nThực hiện Chỉ thị của tỉnh.\nTrên đây là Kế hoạch thi đua năm 2024 của Sở Nội vụ./.",
         "Sở Nội vụ"),
        ("Số: 9/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc khen thưởng\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU\nCăn cứ Luật.",
         "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU"),
    ],
)  # fmt: skip
def test_it_finds_the_issuer(extract: Extract, text: str, issuer: str) -> None:
    assert extract(text + BODY)["issuer"] == issuer


def test_it_does_not_take_the_issuer_of_a_cited_document(extract: Extract) -> None:
    text = (
        "Số: 15/SNV-TĐKT\nV/v thi đua\n\nNgày 10/01/2024, UBND tỉnh ban hành Kế hoạch số 12/KH-UBND "
        "về thi đua năm 2024, Sở Nội vụ đề nghị các đơn vị triển khai thực hiện."
    )
    assert extract(text + BODY)["issuer"] == "Sở Nội vụ"


def test_it_does_not_take_a_body_assigned_a_task_as_the_issuer(extract: Extract) -> None:
    text = "KẾ HOẠCH\nThi đua\n\nIV. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính hướng dẫn kinh phí khen thưởng."
    assert extract(text)["issuer"] is None


def test_it_gives_no_issuer_for_a_news_article(extract: Extract) -> None:
    text = (
        "Sở Nội vụ tổng kết phong trào thi đua năm 2023\nLượt xem: 5\n"
        + "Sở Nội vụ phát động thi đua. " * 20
    )
    assert extract(text)["issuer"] is None
