import pytest

from thidua.ingest.normalize import normalize


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("K Ế  H O Ạ C H", "KẾ HOẠCH"),
        ("Q U Y Ế T  Đ Ị N H", "QUYẾT ĐỊNH"),
        ("T Ờ T R Ì N H", "TỜ TRÌNH"),  # single spaces only: split by the known heading
        ("C H Ỉ  T H Ị", "CHỈ THỊ"),
    ],
)
def test_it_joins_letter_spaced_headings(raw: str, clean: str) -> None:
    assert normalize(raw) == clean


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("**GIÁM ĐỐC**", "GIÁM ĐỐC"),
        ("“*Chung tay xây dựng nông thôn mới*”", "“Chung tay xây dựng nông thôn mới”"),
        ("**\\* Phấn đấu hoàn thành:**", "* Phấn đấu hoàn thành:"),
        ("## I. MỤC ĐÍCH", "I. MỤC ĐÍCH"),
        ("Xem [Kế hoạch](http://example.vn/kh.pdf)", "Xem Kế hoạch"),
        ("Sở&nbsp;Nội vụ &amp; Ban TĐKT", "Sở Nội vụ & Ban TĐKT"),
        ("UBND TỈNH<br>SỞ NỘI VỤ", "UBND TỈNH\nSỞ NỘI VỤ"),
    ],
)
def test_it_removes_markdown_and_html(raw: str, clean: str) -> None:
    assert normalize(raw) == clean


def test_it_composes_decomposed_diacritics() -> None:
    assert normalize("Vie\u0302\u0323t Nam") == "Việt Nam"


def test_it_splits_a_header_flattened_into_one_line() -> None:
    raw = (
        "UBND TỈNH NGHỆ AN SỞ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
        "Hạnh phúc Số: 12/SNV-TĐKT Nghệ An, ngày 05 tháng 10 năm 2023 V/v khen thưởng"
    )
    assert normalize(raw).split("\n") == [
        "UBND TỈNH NGHỆ AN SỞ NỘI VỤ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 12/SNV-TĐKT",
        "Nghệ An, ngày 05 tháng 10 năm 2023",
        "V/v khen thưởng",
    ]


def test_it_splits_two_header_columns_read_across() -> None:
    raw = (
        "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TỈNH ĐIỆN BIÊN   Độc lập - Tự do - "
        "Hạnh phúc\nSố: 12/CT-UBND          Điện Biên, ngày 10 tháng 01 năm 2024"
    )
    assert normalize(raw).split("\n") == [
        "ỦY BAN NHÂN DÂN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "TỈNH ĐIỆN BIÊN",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 12/CT-UBND",
        "Điện Biên, ngày 10 tháng 01 năm 2024",
    ]


def test_it_splits_a_type_word_from_the_title_on_its_line() -> None:
    assert (
        normalize("KẾ HOẠCH Phát động phong trào thi đua")
        == "KẾ HOẠCH\nPhát động phong trào thi đua"
    )


def test_it_splits_a_flattened_signature_block() -> None:
    raw = "Nơi nhận: - Như trên; - Lưu: VT. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC"
    assert normalize(raw).split("\n") == [
        "Nơi nhận:",
        "- Như trên; - Lưu: VT.",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
    ]


def test_it_reads_a_markdown_header_table_cell_by_cell() -> None:
    raw = (
        "| **SỞ NỘI VỤ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |\n|---|---|\n"
        "| Số: 1/SNV | *Lạng Sơn, ngày 12 tháng 12 năm 2023* |"
    )
    assert normalize(raw).split("\n") == [
        "SỞ NỘI VỤ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 1/SNV",
        "Lạng Sơn, ngày 12 tháng 12 năm 2023",
    ]


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Yên Bái, ngày 08 tháng 02 năm\n2024", "Yên Bái, ngày 08 tháng 02 năm 2024"),
        ("phát động phong trào thi\nđua năm 2023", "phát động phong trào thi đua năm 2023"),
        ("a) Mục đích\n1. Nội dung", "a) Mục đích\n1. Nội dung"),  # a list number starts a line
        (
            "quốc phòng - an ninh;\n“Chung tay xây dựng”",
            "quốc phòng - an ninh; “Chung tay xây dựng”",
        ),
        ("đảm bảo quốc phòng\n- an ninh;", "đảm bảo quốc phòng - an ninh;"),
        ("Nghị quyết số 01-\nNQ/TU ngày 20/4/2021", "Nghị quyết số 01-NQ/TU ngày 20/4/2021"),
        ("- Như trên;\n- Lưu: VT.", "- Như trên;\n- Lưu: VT."),
        ("KẾ HOẠCH\n“Tuổi trẻ sáng tạo”", "KẾ HOẠCH\n“Tuổi trẻ sáng tạo”"),
        ("Nơi nhận:\n- Như trên;", "Nơi nhận:\n- Như trên;"),
        ("GIÁM ĐỐC\nNguyễn Văn A", "GIÁM ĐỐC\nNguyễn Văn A"),
    ],
)
def test_it_joins_lines_wrapped_inside_a_sentence(raw: str, clean: str) -> None:
    assert normalize(raw) == clean


def test_it_repairs_a_wrapped_national_name() -> None:
    raw = "SỞ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\nNAM\nSố: 5/SNV"
    assert normalize(raw).split("\n") == [
        "SỞ NỘI VỤ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 5/SNV",
    ]


def test_it_collapses_spaces_and_blank_lines() -> None:
    assert normalize("a\u00a0\u00a0b\t c\n\n\n\nd\u200b") == "a b c\n\nd"
