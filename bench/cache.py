"""The shared cache of a bench run: a throwaway Redis on a free loopback port, as production
shares one between its workers (CACHE_URL=redis://...). A folder cache would not do: Django's
file cache lists its folder on every write and, past 300 entries, culls a third of them at
random, which a catalogue of cached product cards passes within seconds."""

import subprocess
import time
from contextlib import contextmanager
from pathlib import Path

from bench.machine import debian_program
from bench.server import free_port


def redis_server_path() -> str:
    """redis-server's path; installs Debian's package when missing and running as root."""
    return debian_program("redis-server")


@contextmanager
def redis_serving(*, work: Path):
    """A Redis holding nothing on disk, on 127.0.0.1; yields its CACHE_URL and stops with the
    block."""
    import redis

    port = free_port()
    process = subprocess.Popen(
        [
            redis_server_path(),
            "--bind", "127.0.0.1",
            "--port", str(port),
            "--save", "",
            "--appendonly", "no",
            "--dir", str(work),
        ],
        stdout=(work / "redis.log").open("ab"),
        stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"redis://127.0.0.1:{port}/0"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                redis.Redis.from_url(url).ping()
                break
            except redis.ConnectionError:
                if process.poll() is not None or time.monotonic() > deadline:
                    log = (work / "redis.log").read_text()
                    raise SystemExit(f"Redis did not start: {log}") from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)
