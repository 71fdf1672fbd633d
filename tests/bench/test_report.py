"""The bench reads wrk's figures and writes them as tables and one JSON file: a row per page
and mode (uncached, from the page cache), medians over runs, checkout's own table."""

import json
from datetime import UTC, datetime

import pytest

from bench.load import Result, result_from_wrk_output
from bench.report import (
    Measured,
    ceiling_summary,
    checkout_table_of,
    medians_of,
    report_write,
    rows_of,
    run_targets_text,
    table_of,
)
from bench.targets import rows_with_targets, run_targets

# What `wrk --script=<bench's Lua>` printed on a real run: its own report, then the hook's line.
WRK_OUTPUT = """\
Running 6s test @ http://127.0.0.1:41235/shop/catalogue/
  4 threads and 4 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   290.12ms   80.51ms 612.40ms   71.02%
    Req/Sec     3.51      1.20     6.00     88.10%
  82 requests in 6.02s, 5.91MB read
  Non-2xx or 3xx responses: 2
Requests/sec:     13.62
Transfer/sec:      0.98MB
BENCH-JSON {"requests": 82, "duration_us": 6020411, "bytes": 6197000, "connect": 0, \
"read": 1, "write": 0, "timeout": 3, "status": 2, "p50_us": 281004, "p95_us": 455120, \
"p99_us": 598777, "max_us": 612400}
"""


def _result(rps: float, **figures) -> Result:
    return Result(
        **{
            "requests": int(rps * 6),
            "seconds": 6.0,
            "rps": rps,
            "p50_ms": 1.0,
            "p95_ms": 2.0,
            "p99_ms": 3.0,
            "errors": 0,
            "non_2xx": 0,
            **figures,
        }
    )


def test_wrk_figures_are_read_from_the_lua_hooks_line():
    result = result_from_wrk_output(WRK_OUTPUT)

    assert result.requests == 82
    assert result.seconds == 6.02
    assert result.rps == 13.6
    assert (result.p50_ms, result.p95_ms, result.p99_ms) == (281.0, 455.1, 598.8)
    assert result.errors == 4  # one read error and three timeouts
    assert result.non_2xx == 2


def test_wrk_output_without_figures_is_an_error_that_shows_the_output():
    with pytest.raises(ValueError, match="unable to connect"):
        result_from_wrk_output("unable to connect to 127.0.0.1:1 Connection refused\n")


def _measured(name="home", rps=20.0, ceiling=2000.0, mode="uncached", cache="none", **kw):
    key = kw.pop("key", name)
    kind = kw.pop("kind", "storefront")
    return Measured(name, key, kind, f"/{key}/", mode, cache, _result(rps, **kw), _result(ceiling))


def test_each_page_is_a_share_of_the_ceiling_run_next_to_it():
    rows = rows_of(
        measured=[
            _measured("home", 20.0, 2000.0),
            _measured("robots", 900.0, 3000.0, kind="robots"),
            _measured("home", 1500.0, 2500.0, mode="cached", cache="hit"),
        ]
    )

    assert [row["percent_of_ceiling"] for row in rows] == [1.0, 30.0, 60.0]
    assert rows[0]["url"] == "/home/" and rows[0]["ceiling_rps"] == 2000.0
    assert [(row["mode"], row["cache"]) for row in rows] == [
        ("uncached", "none"),
        ("uncached", "none"),
        ("cached", "hit"),
    ]


def test_the_ceiling_is_the_median_run_with_its_spread():
    summary = ceiling_summary(ceilings=[_result(3000.0), _result(2000.0), _result(5000.0)])

    assert (summary["rps"], summary["min_rps"], summary["max_rps"]) == (3000.0, 2000.0, 5000.0)


def test_three_runs_give_each_figures_median_and_add_up_the_failures():
    runs = [
        rows_of(measured=[_measured("home", rps, 2000.0, p95_ms=p95, errors=errors)])
        for rps, p95, errors in ((20.0, 9.0, 0), (10.0, 30.0, 1), (40.0, 12.0, 0))
    ]
    runs[1][0]["cache"] = "miss"

    (row,) = medians_of(runs=runs)

    assert (row["rps"], row["p95_ms"], row["percent_of_ceiling"]) == (20.0, 12.0, 1.0)
    assert (row["errors"], row["requests"], row["runs"]) == (1, 420, 3)
    assert row["cache"] == "miss/none"  # every answer seen, never hidden


def test_one_table_lists_the_ceiling_then_every_page_with_its_cache_and_targets():
    rows = rows_with_targets(
        rows=rows_of(
            measured=[
                _measured("home", 200.0, 2000.0),
                _measured("home", 1000.0, 2000.0, mode="cached", cache="miss"),
            ]
        )
    )

    table = table_of(rows=rows, ceiling=ceiling_summary(ceilings=[_result(2000.0)]))

    lines = table.splitlines()
    assert lines[0] == (
        "| page | from | cache | req/s | p50 ms | p95 ms | p99 ms | errors | non-2xx "
        "| % ceiling | targets |"
    )
    assert lines[2].startswith("| bare Django view (ceiling, median) |  |  | 2,000 |")
    assert lines[3] == "| home | uncached | none | 200.0 | 1.0 | 2.0 | 3.0 | 0 | 0 | 10.00% | yes |"
    assert lines[4] == (
        "| home | page cache | miss | 1,000.0 | 1.0 | 2.0 | 3.0 | 0 | 0 | 50.00% "
        "| no: from the page cache (X-Page-Cache: hit); >= 60% of ceiling |"
    )


def test_checkout_has_its_own_table_with_its_targets():
    checkout = {
        "shoppers": 6,
        "stock": 50,
        "orders": 50,
        "orders_per_second": 12.5,
        "place_order_p50_ms": 80.0,
        "place_order_p95_ms": 140.0,
        "refused": 6,
        "errors": 0,
        "oversold": 0,
    }
    targets = run_targets(memory_mb=[180.0, 310.0], checkout=checkout)

    table = checkout_table_of(checkout=checkout, targets=targets)

    assert table.splitlines()[2] == (
        "| 6 shoppers, stock 50 | 50 | 12.5 | 80.0 | 140.0 | 6 | 0 | 0 "
        "| no: checkout >= 20 orders/s |"
    )
    assert run_targets_text(targets=targets).splitlines()[0] == (
        "- worker memory < 300 MB: does not hold (310 MB)"
    )


def test_the_same_figures_are_written_as_json_named_by_the_time(tmp_path):
    payload = {"pages": rows_of(measured=[_measured()])}

    path = report_write(
        folder=tmp_path / "bench", payload=payload, now=datetime(2026, 11, 25, 1, 2, 3, tzinfo=UTC)
    )

    assert path.name == "20261125T010203Z.json"
    assert json.loads(path.read_text()) == payload
