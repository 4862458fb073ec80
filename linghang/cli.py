"""The ``linghang`` command: Django's management commands under friendlier names.

``linghang import …`` runs the ``import_records`` command (``import`` is a Python
keyword), everything else passes straight through, so ``linghang migrate`` and
``linghang createsuperuser`` work too.
"""

from __future__ import annotations

import os
import sys

ALIASES = {"import": "import_records"}


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv[1:])
    # The command name is the first word, or the second after `help`.
    position = 1 if args[:1] == ["help"] else 0
    if len(args) > position:
        args[position] = ALIASES.get(args[position], args[position])
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "linghang.settings")
    from django.core.management import execute_from_command_line

    from linghang.core.env import ConfigError

    try:
        execute_from_command_line(["linghang", *args])
    except ConfigError as exc:
        # A bad environment variable is the admin's to fix: say which, skip the traceback.
        sys.stderr.write(f"配置错误 / configuration error: {exc}\n")
        raise SystemExit(2) from None


if __name__ == "__main__":
    main()
