"""Browser tests: a real gunicorn serving the test database, driven by Debian's Chromium.

Tests here use the `live_url` and `page` fixtures and `transactional_db` (data must be committed for
the server process to see it). Chromium is launched from /usr/bin/chromium with no network beyond
127.0.0.1; Playwright's own browser download is never used.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make between
# browser steps are plain synchronous calls, so Django's async-safety guard does not apply.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-quic",
    "--disable-sync",
]
ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(url: str, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited early with code {process.returncode}")
        try:
            with urllib.request.urlopen(url + "/shop/basket/", timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"gunicorn did not answer on {url} within {timeout}s")


@pytest.fixture(scope="session")
def live_media_root(tmp_path_factory) -> Path:
    """The uploads folder of the whole browser-test session: the live server serves it, and
    every browser test saves its pictures there (see `_media_root`)."""
    return tmp_path_factory.mktemp("live-media")


@pytest.fixture(autouse=True)
def _media_root(settings, live_media_root):
    """Overrides the suite's fresh MEDIA_ROOT per test: a picture a test saves must be where
    the live server, started once for the session, reads it."""
    settings.MEDIA_ROOT = live_media_root


@pytest.fixture(scope="session")
def live_url(django_db_setup, django_db_blocker, tmp_path_factory, live_media_root) -> str:
    """Base URL of a gunicorn serving this test run's database on 127.0.0.1."""
    with django_db_blocker.unblock():
        db = connection.settings_dict
    port = _free_port()
    static_root = tmp_path_factory.mktemp("static")
    env = {
        **os.environ,
        # The test settings, with content types never cached across a test's flush.
        "DJANGO_SETTINGS_MODULE": "tests.browser.live_settings",
        "DATABASE_URL": (
            f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
        ),
        "MEDIA_ROOT": str(live_media_root),
        "STATIC_ROOT": str(static_root),
        "CONN_MAX_AGE": "0",
        "TEST_CACHE_DIR": settings.CACHES["default"]["LOCATION"],
    }
    # DEBUG is off on the live server, so WhiteNoise serves only what collectstatic gathered;
    # symlinks keep this to a second or two.
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "--link", "--verbosity", "0"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    process = subprocess.Popen(
        [
            gunicorn,
            "config.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--threads",
            "4",
            "--timeout",
            "60",
            "--log-level",
            "warning",
            # Leave ~/.gunicorn/gunicorn.ctl to a developer's own `make run`.
            "--no-control-socket",
        ],
        cwd=ROOT,
        env=env,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(url, process)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        pytest.fail(
            f"Chromium not found at {CHROMIUM}: apt-get install -y chromium (make test does it)"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_url):
    """A fresh browser context (own cookies) opened on the live server, phone- or desktop-sized."""
    context = browser.new_context(base_url=live_url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    context.close()
