"""The document templates the application knows: code, label, shipped file, sample context.

Apps that bring their own template (the decisions of issue 5) call `register` from their
AppConfig.ready(); a code must be registered before documents or overrides use it.
"""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from thidua.documents import samples

SHIPPED_DIR = Path(__file__).resolve().parent / "templates_docx"


@dataclass(frozen=True)
class TemplateSpec:
    code: str
    label: str
    path: Path
    # A context with every key the template reads: uploads are test-rendered with it.
    sample: Callable[[], dict[str, Any]]


_TEMPLATES: dict[str, TemplateSpec] = {}


def register(spec: TemplateSpec) -> None:
    _TEMPLATES[spec.code] = spec


def get_spec(code: str) -> TemplateSpec | None:
    return _TEMPLATES.get(code)


def all_specs() -> list[TemplateSpec]:
    return list(_TEMPLATES.values())


for _code, _label, _sample in (
    ("ke_hoach", "Kế hoạch (kế hoạch phong trào thi đua)", samples.ke_hoach),
    ("cong_van", "Công văn (phát động phong trào)", samples.cong_van),
    ("danh_sach", "Danh sách (đăng ký thi đua)", samples.danh_sach),
    ("bao_cao", "Báo cáo (tổng hợp báo cáo của đơn vị)", samples.bao_cao),
):
    register(TemplateSpec(_code, _label, SHIPPED_DIR / f"{_code}.docx", _sample))
