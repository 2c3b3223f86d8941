"""The benchmark's bookkeeping (tools/bench/): medians over rounds, the targets it reports and
the section of docs/performance.md it rewrites."""

from tools.bench import burst, load, report
from tools.bench import run as bench


def test_each_figure_is_the_median_of_its_rounds_and_errors_the_worst():
    runs = [
        {"rate": 100.0, "p95_ms": 9.0, "errors": 0, "bad_status": 0},
        {"rate": 300.0, "p95_ms": 1.0, "errors": 2, "bad_status": 0},
        {"rate": 200.0, "p95_ms": 5.0, "errors": 0, "bad_status": 1},
    ]
    assert bench.median(runs) == {"rate": 200.0, "p95_ms": 5.0, "errors": 2, "bad_status": 1}


def test_the_tables_replace_only_the_marked_section(tmp_path, monkeypatch):
    docs = tmp_path / "performance.md"
    docs.write_text(f"intro\n{report.START}\nold table\n{report.END}\noutro\n")
    monkeypatch.setattr(report, "DOCS", docs)
    report.write_into_docs("new table")
    assert docs.read_text() == f"intro\n{report.START}\nnew table\n{report.END}\noutro\n"


def figures(rate: float, p95: float = 1.0, cpu: float = 0.0, errors: int = 0) -> dict:
    return {
        "rate": rate,
        "p50_ms": p95 / 2,
        "p95_ms": p95,
        "p99_ms": p95 * 2,
        "errors": errors,
        "bad_status": 0,
        "python_cpu_ms": cpu,
    }


def test_targets_are_judged_from_the_figures():
    uncached = {name: figures(50, cpu=18.0) for name in report.PAGES}
    uncached["home"] = figures(30, cpu=31.0)
    results = {
        "sizes": {
            20000: {
                "cached": {
                    "static via whitenoise": figures(1000),
                    "pages via nginx cache": figures(6000, cpu=0.01),
                },
                "uncached": uncached,
                "slow": {
                    "readers alone": figures(900, p95=2.0),
                    "readers with 50 slow clients": figures(900, p95=9.0),
                },
            }
        },
        "burst": {
            "static via nginx, 32 connections": figures(9000, p95=2.0),
            "burst, publishing every 10 s": figures(5000, p95=5.0, errors=0),
        },
    }
    lines = report.targets(results)
    verdict = {line[9:].rsplit(": ", 1)[0]: line[2:8].strip() for line in lines}
    assert verdict["cached pages ≥ 5 × whitenoise static at 20000"] == "met"
    assert verdict["cached hits cost ~0 Python CPU at 20000"] == "met"
    assert verdict["uncached home ≤ 25 ms CPU at 20000"] == "MISSED"
    assert verdict["uncached article ≤ 20 ms CPU at 20000"] == "met"
    assert verdict["burst while publishing: p95 ≤ 3 × static p95"] == "met"
    assert verdict["slow clients do not delay readers (p95 within 25 %)"] == "MISSED"


PUBLISHER_EVENTS = [
    {"event": "published", "number": 0, "url": "/a/", "publish_s": 0.2, "tasks": 9, "warm_ups": 3},
    {"event": "published", "number": 1, "url": "/b/", "publish_s": 0.6, "tasks": 9, "warm_ups": 3},
    {"event": "warmed", "number": 0, "warm_s": 12.0, "failed": 0},
    {"event": "published", "number": 2, "url": "/c/", "publish_s": 0.4, "tasks": 7, "warm_ups": 1},
    {"event": "warmed", "number": 1, "warm_s": 20.0, "failed": 1},
]


def test_the_publishers_events_give_publishes_done_and_their_latency():
    summary = load.publish_summary(PUBLISHER_EVENTS, planned=5)
    assert summary == {
        "planned": 5,
        "published": 3,
        "publish_s_p50": 0.4,
        "publish_s_max": 0.6,
        "tasks_per_publish": 9,
        "warm_ups_per_publish": 3,
        "warmed": 2,
        "warm_s_p50": 16.0,
        "warm_s_max": 20.0,
        "warm_failed": 1,
    }
    assert load.publish_summary([], planned=6)["published"] == 0


def test_the_report_shows_the_publishes_done_during_the_load():
    rows = {
        "burst, no publishing": figures(900),
        "burst, publishing every 10 s": dict(
            figures(800), publishes=load.publish_summary(PUBLISHER_EVENTS, planned=5)
        ),
    }
    table = report.publishes_table(rows)
    assert len(table) == 3  # header, rule, the one run with an editor
    assert table[2] == (
        "| burst, publishing every 10 s | 3 of 5 | 0.40 | 0.60 | 9 (3) | 2 (1 failed) "
        "| 16.00 | 20.00 |"
    )


def test_a_probe_visit_waited_only_when_django_rendered_it_for_the_visitor():
    waited = burst.waited_for_render
    assert waited("MISS", "miss") and waited("EXPIRED", "miss") and waited(None, None)
    assert not waited("MISS", "hit")  # Django answered from the warmed page cache
    assert not waited("STALE", "miss") and not waited("UPDATING", "miss")  # nginx's old copy
    assert not waited("HIT", "miss")  # nginx's copy keeps the header of the render it stored


def test_the_burst_report_gives_ratios_to_the_static_file_and_the_probes():
    visits = [
        {"kind": "published article", "waited": True, "status": 200, "ms": 90.0},
        {"kind": "published article", "waited": False, "status": 200, "ms": 2.0},
        {"kind": "home", "waited": False, "status": 200, "ms": 1.0},
    ]
    probes = burst.probe_summary(visits)
    assert probes["all"] == {"visits": 3, "waited": 1, "failed": 0, "ms_p50": 2.0, "ms_max": 90.0}
    assert "news index" not in probes
    results = {
        "articles": 20000,
        "seconds": 60,
        "connections": 32,
        "pages": burst.PAGES,
        "planned": 5,
        "static": figures(9000, p95=2.0),
        "burst": figures(5000, p95=5.0, errors=3),
        "publishes": load.publish_summary(PUBLISHER_EVENTS, planned=5),
        "publishes_during_load": 3,
        "probe_summary": probes,
    }
    text = burst.burst_report(results)
    assert "| burst while publishing | 2.5 × | 2.5 × | 3 |" in text
    assert "| published article | 2 | 1 | 0 | 46.0 | 90.0 |" in text
    assert "Publishes done during the burst: 3 of 5" in text
