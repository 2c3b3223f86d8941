"""The demo's live pages by type and language: the accessibility checks visit the first of each
type, so a page type added to the demo is checked without anyone listing it.

Written beside the demo database as pages.json by `python -m tests.browser.demo_pages <file>`.
"""

import json
import sys


def pages_by_type() -> dict[str, dict[str, list[str]]]:
    """{page type: {language code: [path, …]}} in tree order."""
    from wagtail.models import Page

    found: dict[str, dict[str, list[str]]] = {}
    for page in Page.objects.live().filter(depth__gt=1).specific().order_by("path"):
        kind = str(page._meta.verbose_name)
        url = page.get_url()
        if url:
            found.setdefault(kind, {}).setdefault(page.locale.language_code, []).append(url)
    return found


if __name__ == "__main__":
    import django

    django.setup()
    with open(sys.argv[1], "w", encoding="utf-8") as output:
        json.dump(pages_by_type(), output, ensure_ascii=False, indent=1)
