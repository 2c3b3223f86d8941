"""The benchmark's tables in Markdown: rates as a share of the static file's, latencies, memory,
search percentiles, and each target of the performance issue marked met or missed."""

PAGES = ["home", "news index", "article", "readout", "video feature", "campaign", "search"]


def row(cells) -> str:
    return "| " + " | ".join(str(cell) for cell in cells) + " |"


def rate(figures: dict) -> str:
    """Requests per second, with the failures wrk saw (timeouts, non-2xx/3xx) if any."""
    failed = figures["errors"] + figures["bad_status"]
    return f"{figures['rate']:.1f}" + (f" ({failed} failed)" if failed else "")


def page_table(results: dict) -> list[str]:
    sizes = sorted(results["pages"], key=int)
    lines = [
        row(
            [
                "articles",
                "page",
                "cached req/s",
                "× static",
                "p50 ms",
                "p99 ms",
                "uncached req/s",
                "× static",
                "p50 ms",
                "p99 ms",
            ]
        ),
        row(["---:", "---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:"]),
    ]
    for size in sizes:
        modes = results["pages"][size]
        for name in ["static", *PAGES]:
            cells = [size, name if name != "static" else "static file (reference)"]
            for mode in ("cached", "uncached"):
                figures = modes[mode][name]
                ratio = figures["rate"] / modes[mode]["static"]["rate"]
                cells += [
                    rate(figures),
                    f"{ratio:.2f}",
                    f"{figures['p50_ms']:.1f}",
                    f"{figures['p99_ms']:.1f}",
                ]
            lines.append(row(cells))
    return lines


def memory_lines(results: dict) -> list[str]:
    lines = []
    for size, modes in sorted(results["pages"].items(), key=lambda item: int(item[0])):
        for mode in ("cached", "uncached"):
            rss = modes[mode]["worker_rss_mb"]
            if rss:
                lines.append(
                    f"- {size} articles, {mode}: {len(rss)} workers, RSS "
                    f"{min(rss):.0f}–{max(rss):.0f} MB each ({sum(rss):.0f} MB in all)"
                )
    return lines


def search_table(results: dict) -> list[str]:
    lines = [
        row(
            [
                "database",
                "articles",
                "search req/s",
                "p50 ms",
                "p95 ms",
                "static p95 ms",
                "search p95 ÷ static p95",
            ]
        ),
        row(["---", "---:", "---:", "---:", "---:", "---:", "---:"]),
    ]
    for database, by_size in results["search"].items():
        for size, figures in sorted(by_size.items(), key=lambda item: int(item[0])):
            search, static = figures["search"], figures["static"]
            lines.append(
                row(
                    [
                        database,
                        size,
                        rate(search),
                        f"{search['p50_ms']:.1f}",
                        f"{search['p95_ms']:.1f}",
                        f"{static['p95_ms']:.1f}",
                        f"{search['p95_ms'] / max(static['p95_ms'], 0.01):.1f}",
                    ]
                )
            )
    return lines


def targets(results: dict) -> list[str]:
    sizes = sorted(results["pages"], key=int)
    small, large = sizes[0], sizes[-1]
    pages = results["pages"]
    lines = []

    def ratio(size, mode, name):
        return pages[size][mode][name]["rate"] / pages[size][mode]["static"]["rate"]

    for name in PAGES:
        if name == "search":
            continue  # never cached by design
        value = min(ratio(size, "cached", name) for size in sizes)
        lines.append(check(f"cached {name} ≥ 0.5 × static", value >= 0.5, f"{value:.2f}"))
    for name in PAGES:
        value = ratio(large, "uncached", name)
        lines.append(
            check(f"uncached {name} ≥ 0.1 × static at {large}", value >= 0.1, f"{value:.3f}")
        )
        before = pages[small]["uncached"][name]["rate"]
        after = pages[large]["uncached"][name]["rate"]
        change = after / before - 1
        lines.append(
            check(
                f"uncached {name} at most 25 % slower at {large} than at {small}",
                change >= -0.25,
                f"rate {change * 100:+.0f} %",
            )
        )
    for database, by_size in results["search"].items():
        if large in by_size or str(large) in by_size:
            figures = by_size.get(large) or by_size[str(large)]
            times = figures["search"]["p95_ms"] / max(figures["static"]["p95_ms"], 0.01)
            lines.append(
                check(
                    f"search p95 < 10 × static p95 at {large} ({database})",
                    times < 10,
                    f"{times:.1f} ×",
                )
            )
    return lines


def check(label: str, met: bool, value: str) -> str:
    return f"- {'met   ' if met else 'MISSED'} {label}: {value}"


def report(results: dict, seconds: int, connections: int) -> str:
    parts = [
        f"## Benchmark run ({results.get('seconds', '?')} s in all; wrk, {connections} "
        f"connections, {seconds} s per row, loopback; SQLite rows: best of "
        f"{results.get('rounds', 1)} rounds, the sizes taking turns)",
        "",
        *page_table(results),
        "",
        "Worker memory after the run:",
        *memory_lines(results),
        "",
        "Search (queries rotate between English, Arabic and French):",
        "",
        *search_table(results),
        "",
        "Targets:",
        *targets(results),
        "",
    ]
    return "\n".join(parts)
