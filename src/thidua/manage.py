"""The `thidua` console command: a thin wrapper over Django management."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "thidua.config.settings")
    from django.core.management import execute_from_command_line

    from thidua.core.cli_vi import install

    install()
    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
