#!/usr/bin/env python
"""Time catalogue browsing and search on PostgreSQL with a large demo catalogue.

Run through `make bench` (a throwaway PostgreSQL cluster, see scripts/test-postgres.sh):
creates the database, migrates, runs `manage.py load_demo --products N` (default 10,000), then
requests each page 20 times through Django's test client after one warm-up request and prints
the median, the 90th percentile and the number of queries of one request."""

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")


def _create_database(url: str) -> None:
    import psycopg2

    parts = urlparse(url)
    name = parts.path.lstrip("/")
    admin = psycopg2.connect(url.replace(parts.path, "/postgres"))
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if not cursor.fetchone():
            cursor.execute(f'CREATE DATABASE "{name}"')
    admin.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--profile", metavar="URL", help="print a cProfile of one request")
    args = parser.parse_args()

    _create_database(os.environ["DATABASE_URL"])
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from oscar.core.loading import get_model

    call_command("migrate", verbosity=0)
    started = time.monotonic()
    call_command("load_demo", products=args.products, verbosity=0)
    loaded_in = time.monotonic() - started
    with connection.cursor() as cursor:
        # A live database has planner statistics; a freshly bulk-loaded one has none yet.
        cursor.execute("ANALYZE")

    Category = get_model("catalogue", "Category")
    Product = get_model("catalogue", "Product")
    biggest = max(
        Category.objects.filter(depth=1),
        key=lambda c: Product.objects.filter(categories__path__startswith=c.path).count(),
    )
    colour_url = f"{biggest.get_absolute_url()}?attr_colour=Blue&price=25-50&sort=price-asc"
    pages = {
        "All products": "/shop/catalogue/",
        f"Category listing ({biggest.name})": biggest.get_absolute_url(),
        "Category + colour + price band": colour_url,
        'Search "shirt"': "/shop/search/?q=shirt",
        'Search typo "shrit"': "/shop/search/?q=shrit",
    }
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        pg_version = cursor.fetchone()[0]
    from bench.machine import machine_description

    machine = machine_description()
    print(f"\nMachine: {machine}; PostgreSQL {pg_version}; Python {platform.python_version()}")
    print(
        f"Catalogue: {Product.objects.browsable().count()} browsable products "
        f"({Product.objects.count()} incl. variants), loaded in {loaded_in:.0f} s\n"
    )
    if args.profile:
        import cProfile
        import pstats

        Client().get(args.profile)
        profiler = cProfile.Profile()
        profiler.runcall(Client().get, args.profile)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
        with CaptureQueriesContext(connection) as queries:
            Client().get(args.profile)
        for query in queries.captured_queries:
            print(query["time"], query["sql"][:150])
        return
    print(f"{'page':42} {'median':>9} {'p90':>9} {'queries':>8}")
    client = Client()
    for name, url in pages.items():
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        executed = []

        def count(execute, sql, params, many, context, executed=executed):
            executed.append(sql)
            return execute(sql, params, many, context)

        with connection.execute_wrapper(count):
            client.get(url)
        timings = []
        for _ in range(args.requests):
            started = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
        timings.sort()
        p90 = timings[int(len(timings) * 0.9) - 1]
        median = statistics.median(timings)
        print(f"{name:42} {median:7.0f}ms {p90:7.0f}ms {len(executed):8}")


if __name__ == "__main__":
    main()
