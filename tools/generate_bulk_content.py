"""Realistic articles in bulk for scale tests:
`python -m tools.generate_bulk_content --articles N [--seed S] [--no-index]` (tools/bulk.py).
"""

import os
import sys

import django


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "website.settings.dev")
    django.setup()
    from tools.bulk_command import Command  # models load only once Django is set up

    Command().run_from_argv(["manage.py", "generate_bulk_content", *sys.argv[1:]])


if __name__ == "__main__":
    main()
