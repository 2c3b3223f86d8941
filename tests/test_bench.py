"""The benchmark's bookkeeping: each row keeps its best round (tools/bench/run.py)."""

from tools.bench import run as bench


def row(rate: float, p99: float) -> dict:
    return {"rate": rate, "p50": 1.0, "p99": p99}


def test_each_row_keeps_its_fastest_round_whole():
    first = {"cached": {"static": row(3000, 5), "home": row(900, 40), "worker_rss_mb": [100]}}
    second = {"cached": {"static": row(3500, 9), "home": row(800, 30), "worker_rss_mb": [120]}}
    merged = bench.best([first, second])
    assert merged["cached"]["static"] == row(3500, 9)
    assert merged["cached"]["home"] == row(900, 40)  # its own latencies, not the other round's
    assert merged["cached"]["worker_rss_mb"] == [120]  # memory after the last round
