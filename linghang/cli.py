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
    args = list(sys.argv if argv is None else argv)
    if len(args) > 1 and args[1] in ALIASES:
        args[1] = ALIASES[args[1]]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "linghang.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["linghang", *args[1:]])


if __name__ == "__main__":
    main()
