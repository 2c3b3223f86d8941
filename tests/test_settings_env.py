"""Settings from the environment: read in one place (website/settings/env.py), typed, and the
README's configuration table names exactly the variables the settings read."""

import ast
import re
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

import pytest

from website.settings.env import Env

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = ROOT / "website" / "settings"
# Read by Django itself (manage.py, wsgi.py), not by a settings module.
READ_BY_DJANGO = {"DJANGO_SETTINGS_MODULE"}
VARIABLE = re.compile(r"`([A-Z][A-Z0-9_]+)`")


def settings_trees() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text())) for path in sorted(SETTINGS.glob("*.py"))]


def variables_read() -> set[str]:
    """The first argument of every `env(...)` / `env.<type>(...)` call in the settings."""
    names = set()
    for _path, tree in settings_trees():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            is_env = (isinstance(func, ast.Name) and func.id == "env") or (
                isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Name)
                and func.value.id == "env"
            )
            first = node.args[0]
            if is_env and isinstance(first, ast.Constant) and isinstance(first.value, str):
                names.add(first.value)
    return names


def variables_documented() -> set[str]:
    """The variables in the first column of the README's configuration table."""
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    names = set()
    for line in section.splitlines():
        cells = line.split("|")
        if line.startswith("|") and len(cells) > 2:
            names |= set(VARIABLE.findall(cells[1]))
    return names


def test_every_variable_read_is_documented():
    assert variables_read() - variables_documented() == set()


def test_every_documented_variable_is_read():
    assert variables_documented() - variables_read() - READ_BY_DJANGO == set()


def test_the_table_is_found():
    """Guards the two tests above against a table they could not parse."""
    assert {"DATABASE_URL", "SECRET_KEY", "HSTS_PRELOAD"} <= variables_documented()
    assert {"DATABASE_URL", "SECRET_KEY", "HSTS_PRELOAD"} <= variables_read()


def test_settings_read_the_environment_only_through_env():
    for path, tree in settings_trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in ("environ", "getenv"):
                pytest.fail(f"{path.name}:{node.lineno} reads the environment without env")


@pytest.mark.parametrize(
    "value, expected",
    [("a,b", ["a", "b"]), (" a , b ,", ["a", "b"]), ("a,, ,b", ["a", "b"]), ("", [])],
)
def test_lists_forgive_spaces_and_blank_items(monkeypatch, value, expected):
    monkeypatch.setenv("SOME_LIST", value)
    assert Env().list("SOME_LIST", default=[]) == expected


@pytest.mark.parametrize("value", ["", "  "])
def test_a_required_value_that_is_blank_is_missing(monkeypatch, value):
    monkeypatch.setenv("SOME_SECRET", value)
    with pytest.raises(ImproperlyConfigured, match="Set the SOME_SECRET environment variable"):
        Env().required("SOME_SECRET")
    with pytest.raises(ImproperlyConfigured, match="Set the SOME_SECRET environment variable"):
        Env().required("SOME_SECRET", cast=list)


@pytest.mark.parametrize("value, expected", [("off", False), ("false", False), ("on", True)])
def test_booleans(monkeypatch, value, expected):
    monkeypatch.setenv("SOME_FLAG", value)
    assert Env().bool("SOME_FLAG", default=not expected) is expected
