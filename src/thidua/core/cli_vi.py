"""Vietnamese messages for the command line's argument errors.

argparse has no Vietnamese catalogue; it looks its strings up through the module-level
`_`/`ngettext` names, so the `thidua` entry point points those at this table. Only the
console command installs it: the web server never parses arguments.
"""

import argparse

MESSAGES = {
    "usage: ": "cách dùng: ",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "unrecognized arguments: %s": "tham số không được hỗ trợ: %s",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "giá trị %(value)r không hợp lệ (chọn một trong: %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "giá trị %(value)r không hợp lệ (cần kiểu %(type)s)",
    "expected one argument": "cần đúng một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "not allowed with argument %s": "không dùng cùng tham số %s",
    "ambiguous option: %(option)s could match %(matches)s": (
        "tham số %(option)s không rõ ràng, có thể là %(matches)s"
    ),
    "show this help message and exit": "hiện hướng dẫn này rồi thoát",
    "positional arguments": "tham số vị trí",
    "options": "tùy chọn",
}


def translate(message: str) -> str:
    return MESSAGES.get(message, message)


def translate_plural(singular: str, plural: str, n: int) -> str:
    return translate(singular if n == 1 else plural)


def install() -> None:
    module: object = argparse
    setattr(module, "_", translate)  # noqa: B010 - argparse reads the module attribute
    setattr(module, "ngettext", translate_plural)  # noqa: B010


__all__: list[str] = ["MESSAGES", "install", "translate"]
