"""The bench's one table and the JSON file holding the same figures."""

import json
from datetime import UTC, datetime
from pathlib import Path

from bench.load import Result

COLUMNS = ("page", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "non-2xx", "% ceiling")


def rows_of(*, measured: list[tuple[str, str, Result, Result]]) -> list[dict]:
    """One row per page: its figures and its share of the ceiling measured just before it."""
    rows = []
    for name, url, page, ceiling in measured:
        share = 100 * page.rps / ceiling.rps if ceiling.rps else 0.0
        rows.append(
            {
                "page": name,
                "url": url,
                **page.as_dict(),
                "ceiling_rps": ceiling.rps,
                "percent_of_ceiling": round(share, 2),
            }
        )
    return rows


def table_of(*, rows: list[dict], ceiling: dict) -> str:
    """The rows as a Markdown table, the ceiling's own figures first."""
    lines = [
        "| " + " | ".join(COLUMNS) + " |",
        "|" + "|".join("---" for _ in COLUMNS) + "|",
    ]
    cells = [
        (
            "bare Django view (ceiling, median)",
            f"{ceiling['rps']:,.0f}",
            f"{ceiling['p50_ms']:.1f}",
            f"{ceiling['p95_ms']:.1f}",
            f"{ceiling['p99_ms']:.1f}",
            str(ceiling["errors"]),
            str(ceiling["non_2xx"]),
            "100%",
        )
    ]
    for row in rows:
        cells.append(
            (
                row["page"],
                f"{row['rps']:,.1f}",
                f"{row['p50_ms']:.1f}",
                f"{row['p95_ms']:.1f}",
                f"{row['p99_ms']:.1f}",
                str(row["errors"]),
                str(row["non_2xx"]),
                f"{row['percent_of_ceiling']:.2f}%",
            )
        )
    lines.extend("| " + " | ".join(cell) + " |" for cell in cells)
    return "\n".join(lines)


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
