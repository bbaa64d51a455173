"""History documents in the shape of issue 4, over the tree of tests/conftest.py."""

import copy
import json
from typing import Any

import pytest

ISSUE_DOCUMENT: dict[str, Any] = {
    "organizations": [
        {
            "code": "U01",
            "name": "Phòng Lao động - Việc làm",
            "parent": "SLA-LDTBXH",
            "kind": "division",
        }
    ],
    "people": [
        {
            "code": "P001",
            "full_name": "Nguyễn Thị An",
            "birth_date": "1985-03-02",
            "gender": "female",
            "national_id": "001185012345",
            "organization": "U01",
            "start_date": "2015-01-01",
        },
        {
            "code": "P002",
            "full_name": "Lê Văn Bình",
            "birth_date": "1990-07-15",
            "gender": "male",
            "national_id": "001090054321",
            "organization": "U01",
            "start_date": "2016-03-01",
        },
    ],
    "ratings": [
        {"person": "P001", "year": 2023, "rating": "excellent", "months_worked": 12},
        {"person": "P001", "year": 2024, "rating": "excellent", "months_worked": 12},
        {"person": "P002", "year": 2024, "rating": "good"},
        {"organization": "U01", "year": 2024, "rating": "good"},
    ],
    "awards": [
        {
            "person": "P001",
            "year": 2023,
            "title": "CSTDCS",
            "decision_number": "12/QĐ-SLĐTBXH",
            "decision_date": "2023-12-20",
        },
        {
            "organization": "U01",
            "year": 2023,
            "title": "TTLDTT",
            "decision_number": "13/QĐ-SLĐTBXH",
            "decision_date": "2023-12-20",
        },
    ],
    "initiatives": [
        {
            "code": "SK1",
            "title": "Số hóa hồ sơ người lao động",
            "authors": ["P001"],
            "year": 2024,
            "level": "co_so",
            "decision_number": "5/QĐ-SLĐTBXH",
        },
        {
            "code": "SK0",
            "title": "Quy trình một cửa",
            "authors": [{"person": "P001", "share": 60}, {"person": "P002", "share": 40}],
            "year": 2023,
            "level": "co_so",
        },
    ],
    "disciplines": [
        {
            "person": "P002",
            "form": "reprimand",
            "start_date": "2024-03-01",
            "end_date": "2025-02-28",
        }
    ],
    "settings": {"quotas": [{"title": "CSTDCS", "of": "LDTT", "max_share": 0.15}]},
}


@pytest.fixture
def document() -> dict[str, Any]:
    return copy.deepcopy(ISSUE_DOCUMENT)


@pytest.fixture
def write_json(tmp_path):
    def write(document: dict[str, Any], name: str = "lich-su.json"):
        path = tmp_path / name
        path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        return path

    return write
