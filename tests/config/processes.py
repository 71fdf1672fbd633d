"""Real processes for the deployment tests: gunicorn started with the repository's config, and a
throwaway PostgreSQL cluster that a test may stop and start again."""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

from .production import PRODUCTION_ENV

GUNICORN = str(Path(sys.executable).with_name("gunicorn"))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def production_environment(**extra: str) -> dict[str, str]:
    """The process environment of a production container (PRODUCTION_ENV + `extra`)."""
    environment = {**os.environ, **PRODUCTION_ENV, **extra}
    # As in the image, the virtualenv's programs come first (`python` is the project's).
    environment["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"
    # The browser tests' conftest sets it in this process; a deploy never has it.
    environment.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    return environment


def suite_database_url() -> str:
    """The URL of the suite's test database (for a process that must reach a real one)."""
    from django.db import connection

    db = connection.settings_dict
    credentials = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{credentials}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_opener = urllib.request.build_opener(_NoRedirects)


def get(url: str, *, headers: dict[str, str] | None = None, timeout: float = 10):
    """GET `url` as shop.example.com; returns (status, headers, body) whatever the status
    (a redirect is returned, not followed)."""
    request = urllib.request.Request(url, headers={"Host": "shop.example.com", **(headers or {})})
    try:
        with _opener.open(request, timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


@dataclass
class Served:
    url: str
    process: subprocess.Popen
    log_path: Path
    final_log: str | None = None

    def log(self) -> str:
        """What gunicorn and the shop wrote so far (all of it once stopped)."""
        return self.final_log if self.final_log is not None else self.log_path.read_text()


@contextmanager
def gunicorn_serving(environment: dict[str, str], *, timeout: float = 60):
    """gunicorn -c config/gunicorn.py config.wsgi on 127.0.0.1:<free port>, until the block
    ends (then stopped, as a deploy's SIGTERM does)."""
    port = free_port()
    log_path = Path(tempfile.mkstemp(prefix="shop-gunicorn-", suffix=".log")[1])
    environment = {
        **environment,
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "WEB_CONCURRENCY": "1",
        "GUNICORN_THREADS": "2",
    }
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [GUNICORN, "-c", "config/gunicorn.py", "config.wsgi"],
            cwd=settings.BASE_DIR,
            env=environment,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    served = Served(url=f"http://127.0.0.1:{port}", process=process, log_path=log_path)
    try:
        deadline = time.monotonic() + timeout
        while True:
            assert process.poll() is None, f"gunicorn stopped:\n{served.log()}"
            try:
                get(f"{served.url}/healthz", timeout=2)
                break
            except OSError:
                assert time.monotonic() < deadline, f"gunicorn never answered:\n{served.log()}"
                time.sleep(0.2)
        yield served
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        served.final_log = log_path.read_text()
        log_path.unlink(missing_ok=True)


class ThrowawayPostgres:
    """A PostgreSQL cluster of its own in a temporary folder on 127.0.0.1 (as the suite's
    scripts/test-postgres.sh starts one), which a test can stop and start."""

    def __init__(self):
        bins = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name))
        self.bin = bins[-1]
        self.folder = Path(tempfile.mkdtemp(prefix="shop-readyz-pg-"))
        self.data = self.folder / "data"
        self.port = free_port()
        self.as_postgres = []
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
            self.as_postgres = ["runuser", "-u", "postgres", "--"]
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8")

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/shop"

    def _run(self, program: str, *args: str) -> None:
        subprocess.run(
            [*self.as_postgres, str(self.bin / program), *args],
            check=True,
            capture_output=True,
            timeout=120,
        )

    def start(self) -> None:
        options = f"-h 127.0.0.1 -p {self.port} -k {self.folder} -c fsync=off"
        log = str(self.folder / "log")
        self._run("pg_ctl", "-D", str(self.data), "-l", log, "-o", options, "-w", "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def psql(self, sql: str, database: str = "shop") -> str:
        result = subprocess.run(
            [str(self.bin / "psql"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres"]
            + ["-d", database, "-v", "ON_ERROR_STOP=1", "-At", "-c", sql],
            check=True,
            capture_output=True,
            text=True,
            timeout=60,
        )
        return result.stdout

    def remove(self) -> None:
        subprocess.run(
            [*self.as_postgres, str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate"]
            + ["stop"],
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(self.folder, ignore_errors=True)


def container_health_check(kind: str, environment: dict[str, str]) -> subprocess.CompletedProcess:
    """`python docker/healthcheck.py <kind>` as the container runs it."""
    return subprocess.run(
        [sys.executable, "docker/healthcheck.py", kind],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=30,
    )
