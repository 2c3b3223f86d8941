"""Tools (benchmark, load test, bulk content, the serving supervisor) stay outside the product:
no installed app is a tool, and no product module imports one."""

import ast
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent
SKIPPED = {"tools", "tests", ".venv", "var", "node_modules", "migrations"}


def product_modules():
    for path in ROOT.rglob("*.py"):
        parts = path.relative_to(ROOT).parts
        if not SKIPPED.intersection(parts) and len(parts) > 1:
            yield path


def imported_names(path: Path):
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            yield node.module


def test_no_installed_app_is_a_tool():
    assert not [app for app in settings.INSTALLED_APPS if app.split(".")[0] == "tools"]


def test_no_product_module_imports_tools():
    offenders = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in product_modules()
        for name in imported_names(path)
        if name == "tools" or name.startswith("tools.")
    ]
    assert offenders == []


def test_the_scan_sees_the_product():
    names = {str(path.relative_to(ROOT)) for path in product_modules()}
    assert "base/page_cache.py" in names and "news/models.py" in names
