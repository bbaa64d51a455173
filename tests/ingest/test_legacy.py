"""TCVN3 and VNI conversion, checked against well-known samples typed with those fonts."""

import pytest

from thidua.ingest.legacy import best_reading, tcvn3_to_unicode, vietnamese_score, vni_to_unicode

MOTTO = "Cộng hoà xã hội chủ nghĩa Việt Nam"


def test_it_converts_tcvn3_text() -> None:
    assert tcvn3_to_unicode("Céng hoµ x· héi chñ nghÜa ViÖt Nam") == MOTTO


def test_it_converts_tcvn3_letters_with_horn_and_breve() -> None:
    assert tcvn3_to_unicode("ng\u00adêi lao ®éng n¨m") == "người lao động năm"


def test_it_converts_vni_text() -> None:
    assert (
        vni_to_unicode("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam")
        == "Cộng hòa xã hội chủ nghĩa Việt Nam"
    )


def test_it_converts_vni_letters_with_horn_and_stroke() -> None:
    assert vni_to_unicode("ngöôøi lao ñoäng naêm") == "người lao động năm"


def test_it_keeps_unicode_lines_of_a_mixed_text() -> None:
    assert tcvn3_to_unicode("Thi đua yêu nước\nn¨m") == "Thi đua yêu nước\nnăm"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("C¸c ®¬n vÞ thùc hiÖn phong trµo thi ®ua cña tØnh n¨m 2024 vµ c¸c n¨m tiÕp theo", "tcvn3"),
        ("Caùc ñôn vò thöïc hieän phong traøo thi ñua cuûa tænh naêm 2024 vaø caùc naêm", "vni"),
        (
            "Các đơn vị thực hiện phong trào thi đua của tỉnh năm 2024 và các năm tiếp theo",
            "unicode",
        ),
    ],
)
def test_it_recognises_the_encoding_of_a_text(text: str, encoding: str) -> None:
    found, converted = best_reading(text)
    assert found == encoding
    assert "phong trào thi đua" in converted


def test_it_scores_unaccented_text_as_not_vietnamese_looking() -> None:
    assert vietnamese_score("the quick brown fox") == 0.0
