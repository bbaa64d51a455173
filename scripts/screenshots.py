"""Take the README screenshots into docs/screenshots/ (or the folder given).

The browser tests reach every state worth showing (the tree after a merger, a search, the
row-addressed errors of a bad import, the phone layout) on a live server with their own
small data set; with THIDUA_SCREENSHOTS set, their `snap()` calls save full-page PNGs.

    .venv/bin/python scripts/screenshots.py [folder]
"""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHOTS = {
    "login.png": "test_login.py::test_it_refuses_a_wrong_password_in_vietnamese",
    "tree.png": "test_tree.py::test_it_follows_the_tree_to_a_unit_its_staff_and_a_person",
    "person-detail.png": "test_tree.py::test_it_follows_the_tree_to_a_unit_its_staff_and_a_person",
    "person-list.png": "test_search.py::test_it_finds_a_person_with_or_without_diacritics_live",
    "import-errors.png": "test_import.py::test_it_lists_row_addressed_errors_and_imports_nothing",
    "phone-person-list.png": "test_phone.py::test_it_fits_the_person_list_on_a_phone_and_opens_the_menu",
    **{
        name: "test_year_end_round.py::"
        "test_it_runs_a_year_end_round_from_the_dossier_to_a_verified_certificate"
        for name in (
            "ho-so-de-nghi.png",
            "phieu-bau-dien-thoai.png",
            "ket-qua-bo-phieu.png",
            "quyet-dinh.png",
            "xac-minh.png",
        )
    },
}


def main() -> int:
    folder = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    tests = sorted({f"tests/browser/{test}" for test in SHOTS.values()})
    env = {**os.environ, "THIDUA_SCREENSHOTS": str(folder)}
    status = subprocess.call(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:xdist", *tests], cwd=ROOT, env=env
    )
    missing = [name for name in SHOTS if not (folder / name).is_file()]
    if missing:
        print(f"Thiếu ảnh: {', '.join(missing)}", file=sys.stderr)
        return 1
    print(f"Đã lưu {len(SHOTS)} ảnh vào {folder}")
    return status


if __name__ == "__main__":
    sys.exit(main())
