"""The benchmark's tables in Markdown, each target of the serving-tier issue marked met or
missed, and the section of docs/performance.md between the bench markers replaced by them."""

from pathlib import Path

DOCS = Path(__file__).resolve().parents[2] / "docs" / "performance.md"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"
PAGES = ["home", "news index", "article", "readout", "video", "campaign", "arabic home"]
UNCACHED_TARGET_MS = {"home": 25, "arabic home": 25}  # every other page type: 20


def row(cells) -> str:
    return "| " + " | ".join(str(cell) for cell in cells) + " |"


def failures(figures: dict) -> int:
    return int(figures.get("errors", 0) + figures.get("bad_status", 0))


def cached_table(results: dict) -> list[str]:
    lines = [
        row(["articles", "what", "req/s", "× whitenoise", "p50 ms", "p95 ms", "Python CPU ms/req"]),
        row(["---:", "---", "---:", "---:", "---:", "---:", "---:"]),
    ]
    for size, kinds in results["sizes"].items():
        cached = kinds["cached"]
        reference = cached["static via whitenoise"]["rate"]
        for name, figures in cached.items():
            lines.append(
                row(
                    [
                        size,
                        name,
                        f"{figures['rate']:.0f}",
                        f"{figures['rate'] / reference:.2f}",
                        f"{figures['p50_ms']:.2f}",
                        f"{figures['p95_ms']:.2f}",
                        f"{figures['python_cpu_ms']:.3f}",
                    ]
                )
            )
    return lines


def uncached_table(results: dict) -> list[str]:
    sizes = list(results["sizes"])
    lines = [
        row(["page", *[f"CPU ms/req at {size}" for size in sizes], "req/s at largest", "target"]),
        row(["---", *["---:" for _ in sizes], "---:", "---:"]),
    ]
    for name in PAGES:
        cells = [name]
        for size in sizes:
            cells.append(f"{results['sizes'][size]['uncached'][name]['python_cpu_ms']:.1f}")
        largest = results["sizes"][sizes[-1]]["uncached"][name]
        cells += [f"{largest['rate']:.1f}", f"≤ {UNCACHED_TARGET_MS.get(name, 20)}"]
        lines.append(row(cells))
    return lines


def latency_table(rows: dict) -> list[str]:
    lines = [
        row(["run", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "Python CPU ms/req"]),
        row(["---", "---:", "---:", "---:", "---:", "---:", "---:"]),
    ]
    for name, figures in rows.items():
        cpu = figures.get("python_cpu_ms")
        lines.append(
            row(
                [
                    name
                    + (f" ({figures['published']} publishes)" if "published" in figures else ""),
                    f"{figures['rate']:.0f}",
                    f"{figures['p50_ms']:.2f}",
                    f"{figures['p95_ms']:.2f}",
                    f"{figures['p99_ms']:.2f}",
                    failures(figures),
                    "" if cpu is None else f"{cpu:.3f}",
                ]
            )
        )
    return lines


def in_seconds(value) -> str:
    return "" if value is None else f"{value:.2f}"


def per_publish(done: dict) -> str:
    if done["tasks_per_publish"] is None:
        return ""
    return f"{done['tasks_per_publish']:g} ({done['warm_ups_per_publish']:g})"


def publishes_table(rows: dict) -> list[str]:
    """For each run with an editor: the publishes done during the load (of those planned), how
    long each publish took, the warm-up tasks each queued and how long after the publish the
    task worker had run them all."""
    lines = [
        row(
            [
                "run",
                "publishes done",
                "publish s p50",
                "publish s max",
                "tasks (warm-ups) per publish",
                "warmed",
                "warm-up done s p50",
                "warm-up done s max",
            ]
        ),
        row(["---", "---:", "---:", "---:", "---:", "---:", "---:", "---:"]),
    ]
    for name, figures in rows.items():
        if "publishes" not in figures:
            continue
        done = figures["publishes"]
        lines.append(
            row(
                [
                    name,
                    f"{done['published']} of {done['planned']}",
                    in_seconds(done["publish_s_p50"]),
                    in_seconds(done["publish_s_max"]),
                    per_publish(done),
                    done["warmed"]
                    if not done["warm_failed"]
                    else f"{done['warmed']} ({done['warm_failed']} failed)",
                    in_seconds(done["warm_s_p50"]),
                    in_seconds(done["warm_s_max"]),
                ]
            )
        )
    return lines


def targets(results: dict) -> list[str]:
    sizes = list(results["sizes"])
    largest = results["sizes"][sizes[-1]]
    lines = []
    for size in sizes:
        cached = results["sizes"][size]["cached"]
        ratio = cached["pages via nginx cache"]["rate"] / cached["static via whitenoise"]["rate"]
        cpu = cached["pages via nginx cache"]["python_cpu_ms"]
        lines.append(
            check(f"cached pages ≥ 5 × whitenoise static at {size}", ratio >= 5, f"{ratio:.1f} ×")
        )
        lines.append(
            check(f"cached hits cost ~0 Python CPU at {size}", cpu < 0.05, f"{cpu:.3f} ms")
        )
    for name in PAGES:
        cpu = largest["uncached"][name]["python_cpu_ms"]
        limit = UNCACHED_TARGET_MS.get(name, 20)
        lines.append(
            check(f"uncached {name} ≤ {limit} ms CPU at {sizes[-1]}", cpu <= limit, f"{cpu:.1f} ms")
        )
    if "burst" in results:
        burst = results["burst"]
        publishing = burst["burst, publishing every 10 s"]
        static = burst["static via nginx, 32 connections"]
        times = publishing["p95_ms"] / max(static["p95_ms"], 0.01)
        lines.append(
            check(
                "burst while publishing: 0 errors", failures(publishing) == 0, failures(publishing)
            )
        )
        lines.append(
            check("burst while publishing: p95 ≤ 3 × static p95", times <= 3, f"{times:.1f} ×")
        )
        if "publishes" in publishing:
            done = publishing["publishes"]
            lines.append(
                check(
                    "burst while publishing: publishes done during the load (≥ planned − 1)",
                    done["published"] >= max(done["planned"] - 1, 1),
                    f"{done['published']} of {done['planned']}",
                )
            )
    slow = largest["slow"]
    alone, with_slow = (
        slow["readers alone"]["p95_ms"],
        slow["readers with 50 slow clients"]["p95_ms"],
    )
    lines.append(
        check(
            "slow clients do not delay readers (p95 within 25 %)",
            with_slow <= alone * 1.25 + 0.5,
            f"{alone:.2f} → {with_slow:.2f} ms",
        )
    )
    return lines


def check(label: str, met: bool, value) -> str:
    return f"- {'met   ' if met else 'MISSED'} {label}: {value}"


def report(results: dict, seconds: int, connections: int) -> str:
    sizes = list(results["sizes"])
    parts = [
        f"### Benchmark run ({results.get('seconds', '?')} s in all; medians of "
        f"{results.get('rounds', 1)} interleaved rounds; wrk on loopback, {connections} "
        f"connections, {seconds} s per row unless stated)",
        "",
        "Static file and cached pages (the page mix: " + ", ".join(PAGES) + "):",
        "",
        *cached_table(results),
        "",
        "Rendering without the page cache (gunicorn alone, 2 connections; fragments cached):",
        "",
        *uncached_table(results),
        "",
        f"Readers (page mix through nginx) with and without 50 clients trickling headers, "
        f"{sizes[-1]} articles:",
        "",
        *latency_table(results["sizes"][sizes[-1]]["slow"]),
        "",
    ]
    if "burst" in results:
        parts += [
            f"Burst: 32 connections reading the page mix through nginx, {sizes[-1]} articles, "
            "with and without an editor publishing every 10 s:",
            "",
            *latency_table(results["burst"]),
            "",
            "The editor's publishes during that burst (warm-ups run by the tier's task worker):",
            "",
            *publishes_table(results["burst"]),
            "",
        ]
    parts += ["Targets:", "", *targets(results), ""]
    return "\n".join(parts)


def write_into_docs(text: str) -> None:
    docs = DOCS.read_text()
    if START in docs and END in docs:
        before, rest = docs.split(START, 1)
        after = rest.split(END, 1)[1]
        DOCS.write_text(f"{before}{START}\n{text}\n{END}{after}")
