"""The import checks.

Contract: a check is a pure function `check_<rule>(batch, facts) -> list[RowError]`. It
reads the typed rows of `batch` and the database facts in `facts` (built beforehand by
`selectors.import_facts`), touches neither the ORM nor the file, and addresses each error
to a sheet, row and column, in Vietnamese. A RowError of level "warning" is reported but
does not stop the import. File-level checks (`FILE_CHECKS`) run first on the parsed
workbook; any error there stops before the rows are checked.

To add a rule: write the function next to its sheet's rules, append it to the list, and
add a case to `tests/organizations/test_import_checks.py`.
"""

from thidua.organizations.imports.checks.base import Check
from thidua.organizations.imports.checks.headers import FILE_CHECKS
from thidua.organizations.imports.checks.rows import build_batch
from thidua.organizations.imports.checks.staff import STAFF_CHECKS
from thidua.organizations.imports.checks.units import UNIT_CHECKS
from thidua.organizations.imports.ir import Batch, ImportFacts, ParsedWorkbook, RowError

CHECKS: list[Check] = [*UNIT_CHECKS, *STAFF_CHECKS]


def run_file_checks(parsed: ParsedWorkbook) -> list[RowError]:
    errors: list[RowError] = []
    for check in FILE_CHECKS:
        errors += check(parsed)
    return errors


def run_checks(batch: Batch, facts: ImportFacts) -> list[RowError]:
    errors: list[RowError] = []
    for check in CHECKS:
        errors += check(batch, facts)
    return errors


__all__ = ["CHECKS", "FILE_CHECKS", "build_batch", "run_checks", "run_file_checks"]
