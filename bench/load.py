"""Loading one URL with wrk and reading its figures back (a Lua `done` hook prints them as JSON
on one line, so nothing depends on the layout of wrk's human-readable report)."""

import json
import os
import subprocess
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from bench.machine import debian_program

MARKER = "BENCH-JSON "

# One connection per wrk thread, so `setup` can hand each connection its own cookies (a basket
# page needs a shopper of its own per connection). Latencies are in microseconds.
LUA = r"""
local cookies = {}
local counter = 0
for line in io.lines(os.getenv("BENCH_COOKIES_FILE") or "/dev/null") do
  table.insert(cookies, line)
end

function setup(thread)
  counter = counter + 1
  if #cookies > 0 then
    thread:set("cookie", cookies[(counter - 1) % #cookies + 1])
  end
end

function init(args)
  if cookie then wrk.headers["Cookie"] = cookie end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH-JSON {"requests": %d, "duration_us": %d, "bytes": %d, ' ..
    '"connect": %d, "read": %d, "write": %d, "timeout": %d, "status": %d, ' ..
    '"p50_us": %d, "p95_us": %d, "p99_us": %d, "max_us": %d}\n',
    summary.requests, summary.duration, summary.bytes,
    e.connect, e.read, e.write, e.timeout, e.status,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
"""


@dataclass(frozen=True)
class Result:
    """What one wrk run measured: throughput, latency percentiles in ms, failures."""

    requests: int
    seconds: float
    rps: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    errors: int  # connect, read, write errors and timeouts
    non_2xx: int  # answers with a status of 400 or more (wrk's "Non-2xx or 3xx")

    def as_dict(self) -> dict:
        return asdict(self)


def result_from_wrk_output(output: str) -> Result:
    """The figures in wrk's output (the line the Lua `done` hook printed)."""
    for line in output.splitlines():
        if line.startswith(MARKER):
            data = json.loads(line[len(MARKER) :])
            break
    else:
        raise ValueError(f"wrk printed no figures:\n{output}")
    seconds = data["duration_us"] / 1_000_000
    return Result(
        requests=data["requests"],
        seconds=round(seconds, 2),
        rps=round(data["requests"] / seconds, 1) if seconds else 0.0,
        p50_ms=round(data["p50_us"] / 1000, 1),
        p95_ms=round(data["p95_us"] / 1000, 1),
        p99_ms=round(data["p99_us"] / 1000, 1),
        errors=data["connect"] + data["read"] + data["write"] + data["timeout"],
        non_2xx=data["status"],
    )


def wrk_path() -> str:
    """wrk's path; installs Debian's package when missing and running as root."""
    return debian_program("wrk")


def wrk_run(
    *, url: str, seconds: float, connections: int, cookies: list[str] | None = None
) -> Result:
    """Load `url` for `seconds` with `connections` keep-alive connections (each its own cookies
    when given) and return what wrk measured."""

    with tempfile.TemporaryDirectory(prefix="shop-bench-wrk-") as folder:
        script = Path(folder) / "bench.lua"
        script.write_text(LUA)
        cookies_file = Path(folder) / "cookies.txt"
        cookies_file.write_text("".join(f"{line}\n" for line in cookies or []))
        command = [
            wrk_path(),
            f"--threads={connections}",
            f"--connections={connections}",
            f"--duration={max(1, round(seconds))}s",
            "--timeout=10s",
            f"--script={script}",
            url,
        ]
        finished = subprocess.run(
            command,
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "BENCH_COOKIES_FILE": str(cookies_file)},
        )
    return result_from_wrk_output(finished.stdout)
