"""Demo data: fictitious organisations, people and one account per role (issue 2 item 9).

`load_demo()` fills an empty database; `demo_accounts()` and `accounts_table()` list the
accounts for `make run`. All people are fictitious (see docs/demo-data.md).
"""

from thidua.core.demo.accounts import ACCOUNTS, DEMO_PASSWORD, accounts_table, demo_accounts
from thidua.core.demo.loader import DemoResult, demo_present, load_demo

__all__ = [
    "ACCOUNTS",
    "DEMO_PASSWORD",
    "DemoResult",
    "accounts_table",
    "demo_accounts",
    "demo_present",
    "load_demo",
]
