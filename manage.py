#!/usr/bin/env python
"""Django's manage.py; the same as the installed ``linghang`` command."""

from linghang.cli import main

if __name__ == "__main__":
    main()
