"""Body fields: referenced documents, movements, targets, deadlines."""

from collections.abc import Callable
from typing import Any

import pytest

Extract = Callable[[str], dict[str, Any]]
HEADER = "Số: 12/KH-UBND\nLong An, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\nThi đua năm 2024\n\n"


@pytest.mark.parametrize(
    ("sentence", "reference"),
    [
        ("Thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị (khóa XI) về thi đua.",
         {"kind": "Chỉ thị", "number": "34-CT/TW", "date": "2014-04-07", "issuer": "Bộ Chính trị"}),
        ("Căn cứ Quyết định số 2567/QĐ-UBND ngày 09/12/2022 của UBND tỉnh về giao kế hoạch.",
         {"kind": "Quyết định", "number": "2567/QĐ-UBND", "date": "2022-12-09", "issuer": "UBND tỉnh"}),
        ("Theo Nghị định 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ.",
         {"kind": "Nghị định", "number": "98/2023/NĐ-CP", "date": "2023-12-31", "issuer": "Chính phủ"}),
        ("Thực hiện Nghị quyết số 45-NQ-BCSĐ ngày 24/5/2022 của Ban cán sự Đảng UBND tỉnh về PCI.",
         {"kind": "Nghị quyết", "number": "45-NQ-BCSĐ", "date": "2022-05-24",
          "issuer": "Ban cán sự Đảng UBND tỉnh"}),
        ("Thực hiện Kế hoạch số 80/KH-UBND ngày\n\n8/6/2021 của UBND tỉnh.",
         {"kind": "Kế hoạch", "number": "80/KH-UBND", "date": "2021-06-08", "issuer": "UBND tỉnh"}),
        ("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022.",
         {"kind": "Luật", "number": "06/2022/QH15", "date": "2022-06-15", "issuer": None}),
        ("Thực hiện Kế hoạch số 17/KHSNV ngày 29/7/2022 của Sở.",
         {"kind": "Kế hoạch", "number": "17/KHSNV", "date": "2022-07-29", "issuer": "Sở"}),
        ("Ngày 31/12/2023, UBND tỉnh ban hành Quyết định số 3452/QĐ-UBND về việc tặng Cờ thi đua.",
         {"kind": "Quyết định", "number": "3452/QĐ-UBND", "date": "2023-12-31", "issuer": None}),
        ("Căn cứ Quyết định số 1234/QĐ - UBND ngày 12/8/2022 của UBND tỉnh.",
         {"kind": "Quyết định", "number": "1234/QĐ-UBND", "date": "2022-08-12", "issuer": "UBND tỉnh"}),
        ("Quán triệt Chỉ thị số 34-CT/TW của Bộ Chính trị và Chỉ thị số 19/CT-TTg của Thủ tướng.",
         {"kind": "Chỉ thị", "number": "34-CT/TW", "date": None, "issuer": "Bộ Chính trị"}),
        ("thuc hien chi thi so 19/CT-TTg ngay 16/7/2021 cua Thu tuong Chinh phu.",
         {"kind": "Chỉ thị", "number": "19/CT-TTg", "date": "2021-07-16", "issuer": "Thu tuong Chinh phu"}),
    ],
)  # fmt: skip
def test_it_finds_referenced_documents(
    extract: Extract, sentence: str, reference: dict[str, Any]
) -> None:
    assert extract(HEADER + sentence)["referenced_documents"][0] == reference


@pytest.mark.parametrize(
    "sentence",
    [
        "Thực hiện Kế hoạch 5 năm (2021-2025) của tỉnh.",
        "Căn cứ Luật Thi đua, khen thưởng năm 2022 và Nghị quyết Đại hội Đảng bộ tỉnh.",
        "Kế hoạch số 12/KH-UBND này thay thế kế hoạch cũ.",  # the document itself
    ],
)
def test_it_ignores_mentions_that_are_not_references(extract: Extract, sentence: str) -> None:
    assert extract(HEADER + sentence)["referenced_documents"] == []


def test_it_lists_a_document_cited_twice_once(extract: Extract) -> None:
    text = (
        HEADER
        + "Thực hiện Chỉ thị số 01/CT-UBND. Quán triệt Chỉ thị số 01/CT-UBND ngày 03/01/2023."
    )
    references = extract(text)["referenced_documents"]
    assert [(ref["number"], ref["date"]) for ref in references] == [("01/CT-UBND", "2023-01-03")]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Tiếp tục thực hiện các phong trào thi đua: “Cả nước chung tay xây dựng nông thôn mới”, "
         "“Doanh nghiệp Việt Nam hội nhập và phát triển”.",
         ["Cả nước chung tay xây dựng nông thôn mới", "Doanh nghiệp Việt Nam hội nhập và phát triển"]),
        ("Phong trào thi đua: “Vì người nghèo - không để ai bị bỏ lại phía sau” giai đoạn 2021 - 2025; "
         "“Xóa nhà tạm, nhà dột nát”; thi đua lập thành tích chào mừng.",
         ["Vì người nghèo - không để ai bị bỏ lại phía sau", "Xóa nhà tạm, nhà dột nát"]),
        ("Đẩy mạnh phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” gắn với cuộc vận động "
         "“Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại”.",
         ["Toàn dân đoàn kết xây dựng đời sống văn hóa", "Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại"]),
        ('Hưởng ứng Chương trình "Sức khỏe Việt Nam" của Chính phủ.', ["Sức khỏe Việt Nam"]),
        ("Tích cực hưởng ứng phong trào thi đua “*Dân vận khéo*”.", ["Dân vận khéo"]),
        ("Tỷ lệ gia đình đạt danh hiệu “Gia đình văn hóa” là 90%.", []),
        ("Trình Bộ trưởng tặng Kỷ niệm chương “Vì sự nghiệp Lao động – Thương binh và Xã hội”.", []),
        ("Tham gia phòng, chống dịch với tinh thần “mỗi người dân là một chiến sĩ”.", []),
        ("Trình Chủ tịch nước tặng “Huân chương Lao động” hạng Ba trong phong trào thi đua.", []),
    ],
)  # fmt: skip
def test_it_finds_named_movements(extract: Extract, sentence: str, names: list[str]) -> None:
    assert [movement["name"] for movement in extract(HEADER + sentence)["movements"]] == names


def test_it_lists_a_movement_named_twice_once(extract: Extract) -> None:
    text = HEADER + (
        "Tổ chức phong trào thi đua “Cán bộ, công chức thi đua thực hiện văn hóa công sở”.\n"
        "1. Chủ đề\n“Cán bộ, công chức thi đua thực hiện văn hoá công sở”."
    )
    assert len(extract(text)["movements"]) == 1


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "direction"),
    [
        ("- Tỷ lệ hộ nghèo là 15,66%;", 15.66, "%", "at_most"),
        ("- Số hộ nghèo: 46.660 hộ;", 46660, "hộ", "at_most"),
        ("- Tỷ lệ thất nghiệp khu vực thành thị: 3,71 %;", 3.71, "%", "at_most"),
        ("- Tỷ lệ thất nghiệp giữ ổn định mức dưới 2%/năm;", 2, "%", "at_most"),
        ("- Phấn đấu tỷ lệ lao động qua đào tạo đạt 70%-72%;", 70, "%", "at_least"),
        ("- Tỷ lệ có bằng cấp, chứng chỉ đạt từ 28% - 32%;", 28, "%", "at_least"),
        ("- Giải quyết việc làm cho 19.400 người lao động;", 19400, "người lao động", "at_least"),
        ("- Thu nhập bình quân đạt 52,4 triệu đồng/người/năm;", 52.4, "triệu đồng", "at_least"),
        ("- Thu ngân sách trên địa bàn đạt 4.800 tỷ đồng;", 4800, "tỷ đồng", "at_least"),
        ("- Số bác sỹ/10.000 dân đạt 8,6 bác sỹ;", 8.6, "bác sỹ", "at_least"),
        ("- 100% trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế;", 100, "%", "at_least"),
        ("- Mức giảm tỷ lệ hộ nghèo 3%/năm;", 3, "%", "at_least"),
        ("- Số hộ cận nghèo: 20.264, tỷ lệ 6,8%.", 20264, None, "at_most"),
        ("- Phấn đấu có 64 xã đạt chuẩn nông thôn mới;", 64, "xã", "at_least"),
        ("- Tăng trưởng kinh tế (GRDP) đạt 7%;", 7, "%", "at_least"),
        ("- Giải quyết việc làm cho 18.500 lao\nđộng;", 18500, "lao động", "at_least"),
    ],
)
def test_it_reads_targets_with_value_unit_and_direction(
    extract: Extract, sentence: str, value: float, unit: Any, direction: str
) -> None:
    first = extract(HEADER + sentence)["targets"][0]
    assert (first["value"], first["unit"], first["direction"]) == (value, unit, direction)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thực hiện Kế hoạch 05 năm (2021-2025) và Chỉ thị số 19/CT-TTg ngày 16/7/2021.",
        "Phòng, chống dịch COVID-19 và kỷ niệm 79 năm ngày thành lập Ngành.",
        "Tập trung làm tốt 03 nội dung; đảm bảo cả 4 khâu; trẻ em dưới 6 tuổi.",
        "Tặng Bằng khen cho 05 tập thể và 12 cá nhân.",
        "Năm 2023 đã giải quyết việc làm cho 15.000 lao động.",
        "Liên hệ số điện thoại: 0912345678.",
    ],
)
def test_it_does_not_take_dates_durations_or_results_as_targets(
    extract: Extract, sentence: str
) -> None:
    assert extract(HEADER + sentence)["targets"] == []


def test_it_takes_only_forward_looking_figures_from_a_report(extract: Extract) -> None:
    text = (
        "Số: 5/BC-SNV\nBÁO CÁO\nTổng kết năm 2023\n\nI. KẾT QUẢ\nTỷ lệ hồ sơ đúng hạn 98%.\n"
        "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024\nTỷ lệ hồ sơ đúng hạn 100%."
    )
    assert [target["value"] for target in extract(text)["targets"]] == [100]


def test_it_gives_no_targets_for_a_news_article(extract: Extract) -> None:
    text = (
        "Tỉnh tổng kết năm 2023 với nhiều kết quả\nLượt xem: 9\n" + "Tỷ lệ hộ nghèo còn 5%. " * 20
    )
    assert extract(text)["targets"] == []


@pytest.mark.parametrize(
    ("sentence", "deadline"),
    [
        ("Báo cáo kết quả thực hiện trước ngày 15/12 hằng năm về Sở.",
         {"day": 15, "month": 12, "year": None, "recurring": "yearly"}),
        ("Hồ sơ gửi về Sở Nội vụ trước ngày 15/11/2023.",
         {"day": 15, "month": 11, "year": 2023, "recurring": None}),
        ("Hồ sơ đề nghị gửi chậm nhất ngày 30 tháng 11 năm 2023.",
         {"day": 30, "month": 11, "year": 2023, "recurring": None}),
        ("Báo cáo định kỳ trước ngày 10 hằng tháng.",
         {"day": 10, "month": None, "year": None, "recurring": "monthly"}),
        ("Nộp hồ sơ trước 17 giờ 00 ngày 10/12/2024.",
         {"day": 10, "month": 12, "year": 2024, "recurring": None}),
        ("Thời hạn nộp: ngày 05/01/2024.", {"day": 5, "month": 1, "year": 2024, "recurring": None}),
        ("Các đơn vị báo cáo hằng năm, trước ngày 20/11.",
         {"day": 20, "month": 11, "year": None, "recurring": "yearly"}),
        ("bao cao ket qua truoc ngay 20/12/2024.", {"day": 20, "month": 12, "year": 2024, "recurring": None}),
    ],
)  # fmt: skip
def test_it_reads_deadlines(extract: Extract, sentence: str, deadline: dict[str, Any]) -> None:
    found = extract(HEADER + sentence)["deadlines"]
    assert [{key: item[key] for key in deadline} for item in found] == [deadline]


def test_it_keeps_the_clause_of_a_deadline_as_its_text(extract: Extract) -> None:
    text = (
        HEADER + "- Xây dựng kế hoạch và kịp thời báo cáo kết quả trước ngày 15/12 hằng năm về Sở."
    )
    assert extract(text)["deadlines"][0]["text"] == (
        "Xây dựng kế hoạch và kịp thời báo cáo kết quả trước ngày 15/12 hằng năm"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Ngày 12/3/2024, Hội đồng họp xét khen thưởng.",
        "Chỉ thị số 01/CT-UBND ngày 03/01/2023 của UBND tỉnh.",
        "Kỷ niệm 75 năm ngày Bác Hồ ra Lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2023).",
    ],
)
def test_it_does_not_take_plain_dates_as_deadlines(extract: Extract, sentence: str) -> None:
    assert extract(HEADER + sentence)["deadlines"] == []
