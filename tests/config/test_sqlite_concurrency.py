"""The embedded default (SQLite) under `make run`'s server shape answers concurrent shoppers.

Oscar's sandbox answers HTTP 500 "database is locked" once a few clients open product pages at
once, because every product view writes analytics. This starts gunicorn exactly as `make run`
does (3 workers x 4 threads) on a freshly migrated SQLite file and releases 12 shoppers together,
one per server thread, at product and catalogue pages, every other product view followed by
"Add to basket" (session, basket and analytics writes). No PostgreSQL is involved: the server is
a separate process. The migration of the SQLite file is most of this module's cost, so its tests
carry the `load` mark and `make test` runs them last (tests/conftest.py).
"""

import http.cookiejar
import os
import re
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

pytestmark = pytest.mark.load

ROOT = Path(__file__).resolve().parents[2]
# One shopper per thread of `make run`'s server keeps every thread busy at once; more shoppers
# or pages only queue behind them and cost minutes without adding a new kind of contention.
CLIENTS = 12
REQUESTS_PER_CLIENT = 8
ADD_EVERY = 2
TIME_BUDGET_SECONDS = 120
ADD_TO_BASKET = re.compile(
    r'id="add_to_basket_form" action="([^"]+)".*?name="csrfmiddlewaretoken" value="([^"]+)"',
    re.DOTALL,
)

SEED_CATALOGUE = """
from tests.factories import CategoryFactory, ProductFactory
category = CategoryFactory(name="Pantry")
ProductFactory.create_batch(
    12, product_class__name="Groceries", price="4.50", stock=50, categories=[category]
)
print(category.get_absolute_url())
"""
# The same step as `make run` (Makefile, MISSING_IMAGE): without it, concurrent first views of
# image-less products race on Oscar's placeholder symlink and some answer HTTP 500.
PLACEHOLDER_IMAGE = (
    "from oscar.apps.catalogue.abstract_models import MissingProductImage; MissingProductImage()"
)


@dataclass
class LoadResult:
    statuses: Counter = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    product_views: int = 0
    basket_adds: int = 0
    seconds: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def requests(self) -> int:
        return sum(self.statuses.values())

    @property
    def server_errors(self) -> int:
        return sum(n for code, n in self.statuses.items() if code >= 500)

    def record(self, code: int, failure: str = "", kind: str = "") -> None:
        with self.lock:
            self.statuses[code] += 1
            self.product_views += kind == "product" and code == 200
            self.basket_adds += kind == "add" and code == 200
            if failure:
                self.failures.append(failure)


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


def _open(opener, url: str, data: dict | None = None, referer: str = "") -> tuple[int, str, str]:
    """(status, body, failure) of one request; a failure text only for 5xx or no answer."""
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    request = urllib.request.Request(url, data=body, headers={"Referer": referer or url})
    try:
        with opener.open(request, timeout=60) as response:
            return response.status, response.read().decode(), ""
    except urllib.error.HTTPError as error:
        text = error.read()[:300].decode(errors="replace")
        return error.code, text, f"{error.code} {url}: {text}" if error.code >= 500 else ""
    except OSError as error:
        return 599, "", f"no answer from {url}: {error}"


def _fire(
    base: str, pages: list[str], clients: int, per_client: int, add_every: int = 0
) -> LoadResult:
    """`clients` shoppers released together, each with its own cookies, opening `per_client`
    pages in turn; with `add_every`, every n-th product page is followed by "Add to basket"."""
    result = LoadResult()
    start = threading.Barrier(clients)
    deadline = time.monotonic() + TIME_BUDGET_SECONDS

    def shopper(offset: int) -> None:
        opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )
        start.wait()
        for i in range(per_client):
            if time.monotonic() > deadline:
                break
            url = base + pages[(offset + i) % len(pages)]
            code, body, failure = _open(opener, url)
            form = ADD_TO_BASKET.search(body)
            result.record(code, failure, kind="product" if form else "listing")
            if add_every and form and i % add_every == 0:
                action, token = form.groups()
                fields = {"csrfmiddlewaretoken": token, "quantity": "1"}
                code, _, failure = _open(opener, base + action, fields, referer=url)
                result.record(code, failure, kind="add")

    threads = [threading.Thread(target=shopper, args=(n,)) for n in range(clients)]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result.seconds = time.monotonic() - began
    return result


def sqlite_shop_env(folder: Path) -> dict:
    """The environment of `make run` on a SQLite file in `folder`."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.local",
        "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
        "MEDIA_ROOT": str(folder / "media"),
        "STATIC_ROOT": str(folder / "static"),
    }


def sqlite_migration_start(folder: Path) -> subprocess.Popen:
    """`manage.py migrate` of a fresh SQLite file in `folder`, in the background: tests/conftest.py
    starts it when the session begins, so it runs beside the PostgreSQL test database's creation
    (another core) instead of after every other test."""
    return subprocess.Popen(
        [sys.executable, "manage.py", "migrate", "--noinput"],
        cwd=ROOT, env=sqlite_shop_env(folder),
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip


@pytest.fixture(scope="module")
def sqlite_shop(request, tmp_path_factory):
    """gunicorn as `make run` starts it, on a migrated SQLite file with 12 products (it stops
    within a second of the tests instead of waiting out open keep-alive connections)."""
    started = getattr(request.config, "sqlite_migration", None)
    if started is None:  # the module runs alone: migrate now
        folder = tmp_path_factory.mktemp("sqlite-shop")
        started = folder, sqlite_migration_start(folder)
    folder, migration = started
    output, _ = migration.communicate(timeout=600)
    assert migration.returncode == 0, f"migrate failed:\n{output}"
    database = folder / "db.sqlite3"
    env = sqlite_shop_env(folder)
    category_url = _manage(env, "shell", "-c", SEED_CATALOGUE).strip().splitlines()[-1]
    _manage(env, "shell", "-c", PLACEHOLDER_IMAGE)
    port = _free_port()
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    server = subprocess.Popen(
        [gunicorn, "config.wsgi:application", "--bind", f"127.0.0.1:{port}",
         "--workers", "3", "--threads", "4", "--timeout", "60", "--log-level", "warning",
         "--no-control-socket", "--graceful-timeout", "1"],
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


def test_concurrent_shoppers_browsing_and_filling_baskets_get_no_server_error(
    sqlite_shop,
):
    base, database, category_url, products = sqlite_shop
    pages = [*products, "/shop/catalogue/", category_url, "/shop/catalogue/?page=1"]

    result = _fire(base, pages, CLIENTS, REQUESTS_PER_CLIENT, add_every=ADD_EVERY)

    print(
        f"\nSQLite, {CLIENTS} concurrent shoppers: {result.requests} requests "
        f"({result.basket_adds} basket adds), {result.server_errors} server errors, "
        f"{result.requests / result.seconds:.1f} req/s in {result.seconds:.1f}s; "
        f"statuses {dict(result.statuses)}"
    )
    assert result.failures == []
    assert set(result.statuses) == {200}
    assert result.requests >= CLIENTS * REQUESTS_PER_CLIENT
    assert result.basket_adds > CLIENTS
    with sqlite3.connect(database) as db:
        (views,) = db.execute("SELECT SUM(num_views) FROM analytics_productrecord").fetchone()
        (lines,) = db.execute("SELECT SUM(quantity) FROM basket_line").fetchone()
    # Every product view wrote its analytics row and every add reached a basket: the writes
    # waited for each other instead of failing or being lost.
    # (each add redirects back to its product page: one more view)
    assert views == result.product_views + result.basket_adds
    assert lines == result.basket_adds


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
