"""axe-core in the page under test: the WCAG 2.2 A/AA rules and axe's best practices.

axe-core comes from the npm registry (tests/browser/vendor, `make axe`). It is evaluated through
the DevTools protocol rather than a <script> tag, so the site's Content-Security-Policy, which
refuses inline scripts, stays in force while it runs.
"""

from functools import cache
from pathlib import Path

AXE = Path(__file__).parent / "vendor" / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
IMPACTS = ("critical", "serious", "moderate", "minor")
BLOCKING = ("critical", "serious")


@cache
def source() -> str:
    if not AXE.exists():
        raise RuntimeError(f"axe-core is missing: run `make axe` ({AXE} not found)")
    return AXE.read_text(encoding="utf-8")


def audit(page) -> dict:
    """axe's results for the page as it is now: violations, incomplete checks, passes."""
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(source())
    return page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations', 'incomplete']})",
        TAGS,
    )


def version(page) -> str:
    return page.evaluate("axe.version")


def blocking(results: dict) -> list[dict]:
    return [rule for rule in results["violations"] if rule["impact"] in BLOCKING]


def describe(rules: list[dict]) -> str:
    """Each rule with the elements that break it, for an assertion message."""
    lines = []
    for rule in rules:
        lines.append(f"{rule['id']} ({rule['impact']}): {rule['help']}")
        for node in rule["nodes"][:5]:
            lines.append(f"    {' '.join(map(str, node['target']))}: {node['failureSummary']}")
    return "\n".join(lines)
