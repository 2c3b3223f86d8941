"""The import contract (docs/architecture.md): imports point one way, shared code knows no domain,
and nothing in the product imports the tools, the demo or the tests.

Every module's imports are read from its source (at module level and inside functions), so a
wrong-way import fails here whether or not it would run.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

CONTENT = {"news", "campaigns", "members", "posts", "home"}
# Which project packages each package may import (besides itself). Read it as layers: security
# knows no app, base knows only security, content apps know base and the content below them.
ALLOWED = {
    "security": set(),
    "base": {"security"},
    "news": {"base", "security"},
    "campaigns": {"base", "security", "news"},
    "members": {"base", "security", "news"},
    "posts": {"base", "security"},
    "home": {"base", "security", "news", "campaigns", "members", "posts"},
    "search": {"base", "security"} | CONTENT,
    "localisation": {"base", "security"},
    "operations": {"base", "security"},
    "accounts": {"base", "security", "localisation", "operations"},
    "website": {"base", "security", "search", "localisation", "operations", "accounts"} | CONTENT,
}
OUTSIDE = {"tools", "demo", "tests"}  # may import anything; the product never imports them
PACKAGES = set(ALLOWED) | OUTSIDE

# Imports inside a function that are allowed, each with its reason. Anything else inside a
# function that reaches another package is a hidden dependency.
LATE_IMPORTS = {
    # Wagtail's image forms need the models loaded; post_fetch loads while they are defined.
    ("base/blocks/post_fetch.py", "security.uploads"),
}


def product_modules():
    for package in sorted(ALLOWED):
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" not in path.parts:
                yield package, path


def imports_of(path: Path, package: str):
    """(imported module, inside a function?) for every import of a project package."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    late = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            late.update(id(inner) for inner in ast.walk(node) if inner is not node)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names = [node.module or ""]
        elif isinstance(node, ast.ImportFrom):
            # Relative: resolve against the module's own package path.
            relative = path.relative_to(ROOT).parent.parts
            base = relative[: len(relative) - (node.level - 1)] if node.level > 1 else relative
            names = [".".join((*base, node.module or "")).strip(".")]
        else:
            continue
        for name in names:
            top = name.split(".")[0]
            if top in PACKAGES and top != package:
                yield name, id(node) in late


def violations():
    found = []
    for package, path in product_modules():
        where = path.relative_to(ROOT).as_posix()
        for name, inside_function in imports_of(path, package):
            top = name.split(".")[0]
            if top in OUTSIDE:
                found.append(f"{where}: imports {name}, which is outside the product")
            elif top not in ALLOWED[package]:
                found.append(f"{where}: {package} may not import {name}")
            elif inside_function and path.name != "apps.py" and (where, name) not in LATE_IMPORTS:
                found.append(f"{where}: imports {name} inside a function (a hidden dependency)")
    return found


def test_imports_point_one_way():
    assert violations() == []


def test_every_project_package_is_in_the_contract():
    packages = {
        path.parent.name
        for path in ROOT.glob("*/__init__.py")
        if not path.parent.name.startswith(".")
    }
    assert packages - PACKAGES == set(), "add the new package to ALLOWED (and the docs' table)"


@pytest.mark.parametrize(
    ("package", "source", "expected"),
    [
        ("base", "from news.models import ArticlePage\n", "base may not import news.models"),
        ("news", "def f():\n    from campaigns import models\n", "may not import campaigns"),
        ("home", "def f():\n    from news.models import NewsPage\n", "inside a function"),
        ("search", "import tools.bulk\n", "outside the product"),
        ("operations", "from accounts.roles import x\n", "may not import accounts.roles"),
    ],
)
def test_the_contract_catches_wrong_way_imports(tmp_path, monkeypatch, package, source, expected):
    """The checker itself: a module that breaks the contract is reported."""
    folder = tmp_path / package / "sub"
    folder.mkdir(parents=True)
    module = folder / "probe.py"
    module.write_text(source)
    monkeypatch.setattr(f"{__name__}.ROOT", tmp_path)
    found = [v for v in violations() if "probe.py" in v]
    assert len(found) == 1 and expected in found[0], found


def test_the_documented_table_matches_the_contract():
    """docs/architecture.md and ALLOWED say the same thing."""
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    for package in ALLOWED:
        if package == "website":
            continue
        row = next(line for line in text.splitlines() if line.startswith(f"| `{package}/`"))
        documented = row.rsplit("|", 2)[1]
        for other in ALLOWED[package] - CONTENT if package == "search" else ALLOWED[package]:
            assert f"`{other}`" in documented, (package, other)
