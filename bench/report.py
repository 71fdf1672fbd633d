"""The bench's tables and the JSON file holding the same figures: one row per page and mode
(uncached, or from the page cache), medians over runs, and the targets each holds."""

import json
import statistics
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bench.load import Result
from bench.targets import failed_names

COLUMNS = (
    "page",
    "from",
    "cache",
    "req/s",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "errors",
    "non-2xx",
    "% ceiling",
    "targets",
)
CHECKOUT_COLUMNS = (
    "checkout",
    "orders",
    "orders/s",
    "place order p50 ms",
    "p95 ms",
    "refused",
    "errors",
    "oversold",
    "targets",
)
# Figures whose median over runs is reported; failures are added up instead.
MEDIAN_FIELDS = ("seconds", "rps", "p50_ms", "p95_ms", "p99_ms", "ceiling_rps")
SUMMED_FIELDS = ("requests", "errors", "non_2xx")
MODE_NAMES = {"uncached": "uncached", "cached": "page cache"}


@dataclass(frozen=True)
class Measured:
    """One page measured in one mode, with the ceiling run next to it. `cache` is the
    X-Page-Cache header its warm-up request was answered with ("none" without the header)."""

    name: str
    key: str
    kind: str
    url: str
    mode: str  # "uncached" (Cookie: sessionid=bench-uncached) or "cached" (no cookie)
    cache: str
    result: Result
    ceiling: Result


def rows_of(*, measured: list[Measured]) -> list[dict]:
    """One row per page and mode: its figures and its share of the ceiling run next to it."""
    rows = []
    for entry in measured:
        share = 100 * entry.result.rps / entry.ceiling.rps if entry.ceiling.rps else 0.0
        rows.append(
            {
                "page": entry.name,
                "key": entry.key,
                "kind": entry.kind,
                "mode": entry.mode,
                "cache": entry.cache,
                "url": entry.url,
                **entry.result.as_dict(),
                "ceiling_rps": entry.ceiling.rps,
                "percent_of_ceiling": round(share, 2),
            }
        )
    return rows


def medians_of(*, runs: list[list[dict]]) -> list[dict]:
    """The rows of several runs as one row per page and mode: the median of each figure
    (the share of the ceiling too), failures and requests added up, every cache answer seen."""
    grouped: dict[tuple[str, str], list[dict]] = {}
    for rows in runs:
        for row in rows:
            grouped.setdefault((row["key"], row["mode"]), []).append(row)
    medians = []
    for same in grouped.values():
        row = dict(same[0])
        for name in MEDIAN_FIELDS + ("percent_of_ceiling",):
            row[name] = round(statistics.median(r[name] for r in same), 2)
        for name in SUMMED_FIELDS:
            row[name] = sum(r[name] for r in same)
        row["cache"] = "/".join(sorted({r["cache"] for r in same}))
        row["runs"] = len(same)
        medians.append(row)
    return medians


def _targets_cell(targets: list[dict]) -> str:
    failed = failed_names(targets)
    return "yes" if not failed else "no: " + "; ".join(failed)


def _table(columns: tuple[str, ...], cells: list[tuple[str, ...]]) -> str:
    lines = ["| " + " | ".join(columns) + " |", "|" + "|".join("---" for _ in columns) + "|"]
    lines.extend("| " + " | ".join(cell) + " |" for cell in cells)
    return "\n".join(lines)


def table_of(*, rows: list[dict], ceiling: dict) -> str:
    """The rows as a Markdown table, the ceiling's own figures first."""
    cells = [
        (
            "bare Django view (ceiling, median)",
            "",
            "",
            f"{ceiling['rps']:,.0f}",
            f"{ceiling['p50_ms']:.1f}",
            f"{ceiling['p95_ms']:.1f}",
            f"{ceiling['p99_ms']:.1f}",
            str(ceiling["errors"]),
            str(ceiling["non_2xx"]),
            "100%",
            "",
        )
    ]
    for row in rows:
        cells.append(
            (
                row["page"],
                MODE_NAMES[row["mode"]],
                row["cache"],
                f"{row['rps']:,.1f}",
                f"{row['p50_ms']:.1f}",
                f"{row['p95_ms']:.1f}",
                f"{row['p99_ms']:.1f}",
                str(row["errors"]),
                str(row["non_2xx"]),
                f"{row['percent_of_ceiling']:.2f}%",
                _targets_cell(row.get("targets", [])),
            )
        )
    return _table(COLUMNS, cells)


def checkout_table_of(*, checkout: dict, targets: list[dict]) -> str:
    """Checkout's figures as a one-row Markdown table."""
    checkout_targets = [t for t in targets if t["name"].startswith("checkout")]
    cell = (
        f"{checkout['shoppers']} shoppers, stock {checkout['stock']}",
        str(checkout["orders"]),
        f"{checkout['orders_per_second']:.1f}",
        f"{checkout['place_order_p50_ms']:.1f}",
        f"{checkout['place_order_p95_ms']:.1f}",
        str(checkout["refused"]),
        str(checkout["errors"]),
        str(checkout["oversold"]),
        _targets_cell(checkout_targets),
    )
    return _table(CHECKOUT_COLUMNS, [cell])


def run_targets_text(*, targets: list[dict]) -> str:
    """The run's targets as one line each: name, value, whether it holds."""
    return "\n".join(
        f"- {t['name']}: {'holds' if t['holds'] else 'does not hold'} ({t['value']})"
        for t in targets
    )


def ceiling_summary(*, ceilings: list[Result]) -> dict:
    """The ceiling runs' median figures (by requests per second) and their spread."""
    ordered = sorted(ceilings, key=lambda result: result.rps)
    middle = ordered[len(ordered) // 2].as_dict()
    middle["min_rps"] = ordered[0].rps
    middle["max_rps"] = ordered[-1].rps
    return middle


def report_write(*, folder: Path, payload: dict, now: datetime | None = None) -> Path:
    """Write `payload` as var/bench/<UTC timestamp>.json and return the file's path."""
    now = now or datetime.now(UTC)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{now:%Y%m%dT%H%M%SZ}.json"
    path.write_text(json.dumps(payload, indent=2) + "\n")
    return path
