"""Vietnamese text helpers shared by the extractors.

Extractors match ASCII patterns against `Doc.plain`, a copy of the text of the same
length without diacritics (case kept). "Kế hoạch", "Kê hoach" and "Ke hoach" all match
`Ke hoach`, so documents typed without accents are read too; the span found is then cut
from `Doc.text` to return the words as written.
"""

import itertools
import re
import unicodedata
from dataclasses import dataclass, field

from thidua.core.text import fold as fold  # re-exported: the one folding (ADR 0002)


def _build_strip_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in itertools.chain(range(0xC0, 0x250), range(0x1E00, 0x1F00)):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0]
        if base != char and base.isascii() and base.isalpha():
            table[code] = base
    table.update({ord("đ"): "d", ord("Đ"): "D", ord("ð"): "d", ord("Ð"): "D"})
    return table


_STRIP_TABLE = _build_strip_table()


def strip_marks(text: str) -> str:
    """Remove Vietnamese diacritics from NFC `text`, keeping its length and case."""
    return text.translate(_STRIP_TABLE)


def squash(text: str) -> str:
    """Collapse whitespace (line breaks inside a phrase included)."""
    return " ".join(text.split())


def is_upper_line(text: str) -> bool:
    """True when every letter of `text` is upper case and it has at least two letters."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@dataclass
class Doc:
    """Normalised text with its diacritic-free twin and line offsets."""

    text: str
    plain: str = ""
    line_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.plain = strip_marks(self.text)
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", self.text)]

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")

    def line_count(self) -> int:
        return len(self.line_starts)

    def line_span(self, index: int) -> tuple[int, int]:
        start = self.line_starts[index]
        end = (
            self.line_starts[index + 1] - 1 if index + 1 < len(self.line_starts) else len(self.text)
        )
        return start, end

    def line(self, index: int) -> str:
        start, end = self.line_span(index)
        return self.text[start:end]

    def line_plain(self, index: int) -> str:
        start, end = self.line_span(index)
        return self.plain[start:end]

    def line_of(self, offset: int) -> int:
        """Index of the line holding character `offset`."""
        low, high = 0, len(self.line_starts) - 1
        while low < high:
            middle = (low + high + 1) // 2
            if self.line_starts[middle] <= offset:
                low = middle
            else:
                high = middle - 1
        return low
