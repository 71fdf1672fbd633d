"""The embedded default (SQLite) under `make run`'s server shape answers concurrent shoppers.

Oscar's sandbox answers HTTP 500 "database is locked" once a few clients open product pages at
once, because every product view writes analytics. This starts gunicorn exactly as `make run`
does (3 workers x 4 threads) on a fresh SQLite file and sends 16 concurrent clients at product
and catalogue pages. No PostgreSQL is involved: the server is a separate process.
"""

import os
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CLIENTS = 16
REQUESTS_PER_CLIENT = 25
TIME_BUDGET_SECONDS = 120

SEED_CATALOGUE = """
from decimal import Decimal as D
from oscar.apps.catalogue.categories import create_from_breadcrumbs
from oscar.core.loading import get_model
from oscar.test.factories import create_product
ProductCategory = get_model("catalogue", "ProductCategory")
category = create_from_breadcrumbs("Pantry")
for n in range(12):
    product = create_product(
        title=f"Jar {n}", product_class="Groceries", price=D("4.50"), num_in_stock=50
    )
    ProductCategory.objects.create(product=product, category=category)
print(category.get_absolute_url())
"""


@dataclass
class LoadResult:
    statuses: Counter = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def requests(self) -> int:
        return sum(self.statuses.values())

    @property
    def server_errors(self) -> int:
        return sum(n for code, n in self.statuses.items() if code >= 500)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _manage(env: dict, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT, env=env, check=True, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    return done.stdout


def _fire(urls: list[str], clients: int, per_client: int) -> LoadResult:
    """`clients` threads released together, each opening `per_client` pages in turn."""
    result = LoadResult()
    start = threading.Barrier(clients)
    deadline = time.monotonic() + TIME_BUDGET_SECONDS

    def client(offset: int) -> None:
        start.wait()
        for i in range(per_client):
            if time.monotonic() > deadline:
                break
            url = urls[(offset + i) % len(urls)]
            try:
                with urllib.request.urlopen(url, timeout=60) as response:
                    response.read()
                    code = response.status
            except urllib.error.HTTPError as error:
                code = error.code
                if code >= 500:
                    with result.lock:
                        result.failures.append(f"{code} {url}: {error.read()[:200]!r}")
            except OSError as error:
                code = 599
                with result.lock:
                    result.failures.append(f"no answer from {url}: {error}")
            with result.lock:
                result.statuses[code] += 1

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result.seconds = time.monotonic() - began
    return result


@pytest.fixture(scope="module")
def sqlite_shop(tmp_path_factory):
    """gunicorn as `make run` starts it, on a migrated SQLite file with 12 products."""
    folder = tmp_path_factory.mktemp("sqlite-shop")
    database = folder / "db.sqlite3"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.local",
        "DATABASE_URL": f"sqlite:///{database}",
        "MEDIA_ROOT": str(folder / "media"),
        "STATIC_ROOT": str(folder / "static"),
    }
    _manage(env, "migrate", "--noinput")
    category_url = _manage(env, "shell", "-c", SEED_CATALOGUE).strip().splitlines()[-1]
    port = _free_port()
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    server = subprocess.Popen(
        [gunicorn, "config.wsgi:application", "--bind", f"127.0.0.1:{port}",
         "--workers", "3", "--threads", "4", "--timeout", "60", "--log-level", "warning"],
        cwd=ROOT, env=env,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(base + "/shop/catalogue/", timeout=2).close()
                break
            except OSError:
                assert server.poll() is None, "gunicorn exited before answering"
                time.sleep(0.3)
        with sqlite3.connect(database) as db:
            products = [
                f"/shop/catalogue/{slug}_{pk}/"
                for pk, slug in db.execute("SELECT id, slug FROM catalogue_product")
            ]
        yield base, database, category_url, products
    finally:
        server.terminate()
        server.wait(timeout=15)


def test_sixteen_concurrent_shoppers_on_product_and_catalogue_pages_get_no_server_error(
    sqlite_shop,
):
    base, database, category_url, products = sqlite_shop
    pages = [*products, "/shop/catalogue/", category_url, "/shop/catalogue/?page=1"]

    result = _fire([base + page for page in pages], CLIENTS, REQUESTS_PER_CLIENT)

    print(
        f"\nSQLite under {CLIENTS} concurrent clients: {result.requests} requests, "
        f"{result.server_errors} server errors, {result.requests / result.seconds:.1f} req/s "
        f"in {result.seconds:.1f}s; statuses {dict(result.statuses)}"
    )
    assert result.failures == []
    assert result.requests == CLIENTS * REQUESTS_PER_CLIENT
    assert set(result.statuses) == {200}
    # Every product view really wrote its analytics row: the writes were concurrent, not skipped.
    product_views = sum(1 for n in range(CLIENTS) for i in range(REQUESTS_PER_CLIENT)
                        if (n + i) % len(pages) < len(products))  # fmt: skip
    with sqlite3.connect(database) as db:
        (recorded,) = db.execute("SELECT SUM(num_views) FROM analytics_productrecord").fetchone()
    assert recorded == product_views


def test_the_embedded_database_runs_in_wal_mode_with_immediate_transactions(sqlite_shop):
    _, database, _, _ = sqlite_shop
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.local"}
    env["DATABASE_URL"] = f"sqlite:///{database}"
    script = (
        "from django.db import connection as c; k = c.cursor(); "
        "print(*[k.execute(f'PRAGMA {p}').fetchone()[0] "
        "for p in ('journal_mode', 'busy_timeout')], c.transaction_mode)"
    )
    journal_mode, busy_timeout, transaction_mode = _manage(env, "shell", "-c", script).split()[-3:]
    assert journal_mode == "wal"
    assert int(busy_timeout) >= 5000
    assert transaction_mode == "IMMEDIATE"
