"""Whole documents of the usual kinds, laid out as they reach us (tests/ingest/documents)."""

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.ingest.builders import make_docx, make_text_pdf
from thidua.ingest.contract import RESULT_KEYS
from thidua.ingest.service import ingest_file, ingest_text

DOCUMENTS = Path(__file__).parent / "documents"

EXPECTED: dict[str, dict[str, Any]] = {
    "quyet_dinh_khen_thuong.txt": {
        "doc_type": "quyet_dinh",
        "issuer": "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG",
        "number": "125",
        "symbol": "QĐ-UBND",
        "place": "Hà Giang",
        "issue_date": {"year": 2024, "month": 1, "day": 15},
        "signer": {"title": "PHÓ CHỦ TỊCH", "name": "Nguyễn Văn Sơn"},
        "award_counts": [
            {"code": "BANG_KHEN_TINH", "subject": "tap_the", "count": 5, "total": None},
            {"code": "BANG_KHEN_TINH", "subject": "ca_nhan", "count": 12, "total": None},
        ],
        "targets": [],
    },
    "quyet_dinh_kem_danh_sach.txt": {
        "doc_type": "quyet_dinh",
        "issuer": "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG",
        "number": "2031",
        "signer": {"title": "PHÓ CHỦ TỊCH", "name": "Trịnh Trường Huy"},
        "award_counts": [{"code": "LDTT", "subject": "ca_nhan", "count": 120, "total": None}],
        "distribution": ["Như Điều 2"],
    },
    "cong_van_flattened.txt": {
        "doc_type": "cong_van",
        "issuer": "SỞ NỘI VỤ",
        "number": "1234",
        "symbol": "SNV-TĐKT",
        "place": "Nghệ An",
        "title": "V/v hướng dẫn xét khen thưởng tổng kết năm 2023",
        "recipients": ["Các sở, ban, ngành cấp tỉnh", "UBND các huyện, thành phố, thị xã"],
        "signer": {"title": "PHÓ GIÁM ĐỐC", "name": "Trần Thị Hoa"},
        "distribution": ["Như trên", "UBND tỉnh (b/c)"],
        "targets": [],
    },
    "bao_cao_tong_ket.txt": {
        "doc_type": "bao_cao",
        "issuer": "TRƯỜNG THPT CHU VĂN AN",
        "place": "Tam Kỳ",
        "signer": {"title": "HIỆU TRƯỞNG", "name": "Lê Thị Minh Thu"},
        "movements": [
            {"name": "Dạy tốt, học tốt"},
            {"name": "Mỗi thầy cô giáo là một tấm gương đạo đức, tự học và sáng tạo"},
        ],
    },
    "thong_bao_letter_spaced.txt": {
        "doc_type": "thong_bao",
        "issuer": "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG",
        "number": None,
        "symbol": "TB-HĐTĐKT",
        "issue_date": {"year": 2024, "month": None, "day": None},
        "signer": {"title": "CHỦ TỊCH", "name": "Đỗ Mạnh Hùng"},
    },
    "ke_hoach_khong_dau.txt": {
        "doc_type": "ke_hoach",
        "number": "56",
        "place": "Ha Noi",
        "movements": [{"name": "Ha Noi chung tay vi nguoi ngheo"}],
        "signer": {"title": "CHU TICH", "name": "Tran Sy Thanh"},
    },
    "to_trinh.txt": {
        "doc_type": "to_trinh",
        "issuer": "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH BẮC NINH",
        "title": "Về việc đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh năm 2023",
        "recipients": ["Ủy ban nhân dân tỉnh Bắc Ninh"],
        "award_counts": [
            {"code": "CO_THI_DUA_TINH", "subject": "tap_the", "count": 1, "total": None}
        ],
    },
    "bai_viet_tin_tuc.txt": {
        "doc_type": "bai_viet",
        "issuer": None,
        "place": "Quảng Trị",
        "issue_date": {"year": 2024, "month": 1, "day": 4},
        "title": "Quảng Trị tổng kết phong trào thi đua xây dựng nông thôn mới giai đoạn 2021-2023",
        "signer": None,
        "targets": [],
        "award_counts": [
            {"code": "BANG_KHEN_TINH", "subject": "tap_the", "count": 20, "total": None},
            {"code": "BANG_KHEN_TINH", "subject": "ca_nhan", "count": 35, "total": None},
            {"code": "BANG_KHEN_BO", "subject": "tap_the", "count": 3, "total": None},
        ],
    },
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_it_extracts_the_fields_of_a_typical_document(name: str) -> None:
    result = ingest_file(DOCUMENTS / name)
    assert {key: result[key] for key in EXPECTED[name]} == EXPECTED[name]  # type: ignore[literal-required]


PLAN_FIELDS = {
    "doc_type": "ke_hoach",
    "issuer": "SỞ NỘI VỤ",
    "number": "45",
    "symbol": "KH-SNV",
    "place": "Yên Bái",
    "issue_date": {"year": 2024, "month": 2, "day": 8},
    "title": "Tổ chức phong trào thi đua “Yên Bái chung tay vì người nghèo” năm 2024",
    "signer": {"title": "PHÓ GIÁM ĐỐC", "name": "Phạm Thị Hằng"},
    "distribution": ["UBND tỉnh (b/c)"],
}


def test_it_extracts_a_plan_from_a_word_file_with_header_tables(tmp_path: Path) -> None:
    result = ingest_file(make_docx(tmp_path / "ke-hoach.docx"))
    assert {key: result[key] for key in PLAN_FIELDS} == PLAN_FIELDS  # type: ignore[literal-required]
    assert [(t["value"], t["unit"]) for t in result["targets"]] == [
        (12.5, "%"),
        (18500, "lao động"),
    ]


def test_it_extracts_a_plan_from_a_pdf_text_layer(tmp_path: Path) -> None:
    from tests.ingest.builders import (
        BODY,
        HEADER_LEFT,
        HEADER_RIGHT,
        SIGNATURE_LEFT,
        SIGNATURE_RIGHT,
    )

    lines = HEADER_LEFT + HEADER_RIGHT + BODY + SIGNATURE_LEFT + SIGNATURE_RIGHT
    result = ingest_file(make_text_pdf(tmp_path / "ke-hoach.pdf", lines))
    assert {key: result[key] for key in PLAN_FIELDS} == PLAN_FIELDS  # type: ignore[literal-required]
    assert result["deadlines"][0]["recurring"] == "yearly"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=2000))
def test_it_returns_every_key_for_any_text(text: str) -> None:
    assert tuple(ingest_text(text)) == RESULT_KEYS


ADMINISTRATIVE_WORDS = [
    "Số:", "/KH-UBND", "ngày", "tháng", "năm", "2024", "KẾ HOẠCH", "Nơi nhận:", "- Lưu: VT.",
    "GIÁM ĐỐC", "KT.", "“", "”", "phong trào", "thi đua", "Bằng khen", "cho", "05", "cá nhân",
    "trước ngày", "15/12", "hằng năm", "Chỉ thị số", "34-CT/TW", "\n", "./.", "%", "15,66", ";",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(ADMINISTRATIVE_WORDS), max_size=300))
def test_it_survives_shuffled_administrative_phrases(words: list[str]) -> None:
    assert tuple(ingest_text(" ".join(words))) == RESULT_KEYS


def test_it_keeps_the_other_fields_when_one_rule_fails(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*args: object) -> None:
        raise ValueError("rule bug")

    monkeypatch.setattr("thidua.ingest.extract.find_movements", broken)
    result = ingest_file(DOCUMENTS / "quyet_dinh_khen_thuong.txt")
    assert result["movements"] == []
    assert (result["doc_type"], result["number"]) == ("quyet_dinh", "125")
    assert "ingest rule broken failed" in caplog.text
