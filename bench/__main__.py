"""`make bench`: the shop under load as production serves it.

Run through `make bench` (scripts/test-postgres.sh starts a throwaway PostgreSQL and sets
DATABASE_URL): a fresh database with `load_demo --products N`, the production settings
(config.settings.bench), the repository's gunicorn config with 2 single-threaded workers on
127.0.0.1 sharing a throwaway Redis (bench.cache), and wrk with 4 connections on each page,
each page run right after a run on a bare Django view under the same config (the ceiling),
so machine noise hits both. Every anonymous page is measured uncached (with
`Cookie: sessionid=bench-uncached`) and, where the page cache applies, without a cookie (the
row says which X-Page-Cache answer it got). Then checkout: concurrent guest shoppers buy a
product of limited stock until it is sold out (bench.checkout). Prints the tables with issue
15's targets (bench.targets) and writes the same figures to var/bench/<timestamp>.json;
`--runs 3` reports the medians of three measurements."""

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--products", type=int, default=int(os.environ.get("BENCH_PRODUCTS") or 10_000)
    )
    parser.add_argument(
        "--duration",
        type=float,
        default=float(os.environ.get("BENCH_DURATION") or 6),
        help="seconds of load on each page and on each ceiling run",
    )
    parser.add_argument(
        "--connections",
        "--clients",
        type=int,
        default=4,
        help="wrk's connections (clients); --clients 1 checks the 100,000-product target",
    )
    parser.add_argument(
        "--runs",
        type=int,
        default=int(os.environ.get("BENCH_RUNS") or 1),
        help="measure every page this many times (one database) and report the medians",
    )
    parser.add_argument(
        "--compare",
        type=Path,
        help="an earlier run's JSON (10,000 products): catalogue, category and search p95 "
        "must be within 1.5 x its figures",
    )
    parser.add_argument("--checkout-shoppers", type=int, default=6, help="0: no checkout")
    parser.add_argument("--checkout-stock", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        help="measure only the pages (or checkout) whose name or key has this; repeatable",
    )
    parser.add_argument("--database", default=os.environ.get("BENCH_DATABASE") or "shop_bench")
    parser.add_argument("--output", type=Path, default=BASE_DIR / "var" / "bench")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> dict:
    args = _arguments(argv)
    from bench.cache import redis_server_path, redis_serving
    from bench.load import wrk_path
    from bench.shop import database_fresh

    wrk_path()  # installs wrk (or says how) before minutes of loading
    redis_server_path()  # and Redis, the shared cache production has (bench.cache)
    if not os.environ.get("DATABASE_URL"):
        raise SystemExit("DATABASE_URL is not set: run the bench with `make bench`.")
    work = Path(tempfile.mkdtemp(prefix="shop-bench-"))
    env = {
        "DJANGO_SETTINGS_MODULE": "config.settings.bench",
        "DATABASE_URL": database_fresh(url=os.environ["DATABASE_URL"], name=args.database),
        "MEDIA_ROOT": str(work / "media"),
        "STATIC_ROOT": str(work / "static"),
        # Set by the bench (never bypassed in code): high enough that the API is measured, not
        # its "429 Too Many Requests".
        "API_THROTTLE_ANON": os.environ.get("API_THROTTLE_ANON") or "1000000/min",
        "API_THROTTLE_USER": os.environ.get("API_THROTTLE_USER") or "1000000/min",
        "LOG_LEVEL": "ERROR",
    }
    try:
        with redis_serving(work=work) as cache_url:
            env["CACHE_URL"] = cache_url
            os.environ.update(env)
            payload = _measure(args=args, env=env, work=work)
    except BaseException:
        print(f"\nThe bench stopped; gunicorn's log: {work / 'gunicorn.log'}", file=sys.stderr)
        raise
    shutil.rmtree(work, ignore_errors=True)
    return payload


def _pages_measured(
    *, args: argparse.Namespace, pages: list, shop_base: str, ceiling_base: str
) -> tuple[list[list[dict]], list]:
    """Every page in every mode, `args.runs` times, each run right after a ceiling run:
    the rows of each run and every ceiling run."""
    from bench.load import wrk_run
    from bench.report import Measured, rows_of
    from bench.shop import UNCACHED_COOKIE, page_answers, shoppers_with_one_item

    shoppers = []
    if any(page.basket for page in pages):
        shoppers = shoppers_with_one_item(base=shop_base, count=args.connections)
    runs, ceilings = [], []
    for run in range(1, args.runs + 1):
        if args.runs > 1:
            print(f" Run {run} of {args.runs}", flush=True)
        measured = []
        for page in pages:
            for mode in ("uncached", "cached") if page.cacheable else ("uncached",):
                if page.basket:
                    cookies = shoppers
                else:
                    cookies = [UNCACHED_COOKIE] if mode == "uncached" else None
                # From the cache: a first request fills it, the second shows what answers.
                cache = page_answers(
                    base=shop_base,
                    page=page,
                    cookie=cookies[0] if cookies else None,
                    times=2 if mode == "cached" else 1,
                )
                ceiling = wrk_run(
                    url=ceiling_base + "/", seconds=args.duration, connections=args.connections
                )
                result = wrk_run(
                    url=shop_base + page.path,
                    seconds=args.duration,
                    connections=args.connections,
                    cookies=cookies,
                )
                ceilings.append(ceiling)
                measured.append(
                    Measured(
                        page.name, page.key, page.kind, page.path, mode, cache, result, ceiling
                    )
                )
                print(
                    f"  {page.name} ({mode}, X-Page-Cache: {cache}): {result.rps:,.1f} req/s",
                    flush=True,
                )
        runs.append(rows_of(measured=measured))
    return runs, ceilings


def _wanted(args: argparse.Namespace, *names: str) -> bool:
    return not args.only or any(o in name for o in args.only for name in names)


def _measure(*, args: argparse.Namespace, env: dict[str, str], work: Path) -> dict:
    from bench.checkout import checkout_measure
    from bench.machine import machine_description
    from bench.report import (
        ceiling_summary,
        checkout_table_of,
        medians_of,
        report_write,
        run_targets_text,
        table_of,
    )
    from bench.server import gunicorn_serving, workers_peak_memory_mb
    from bench.shop import pages_to_measure, shop_prepare
    from bench.targets import rows_with_targets, run_targets

    compared = json.loads(args.compare.read_text()) if args.compare else None
    started = time.monotonic()
    print(f"Loading the demo shop with {args.products:,} generated products...", flush=True)
    shop_prepare(products=args.products)
    loaded_in = time.monotonic() - started
    pages = [p for p in pages_to_measure() if _wanted(args, p.name, p.key)]
    with_checkout = args.checkout_shoppers > 0 and _wanted(args, "checkout")

    log = work / "gunicorn.log"
    serving = {"env": env, "log": log, "workers": args.workers}
    checkout = None
    with (
        gunicorn_serving(app="bench.ceiling", probe_path="/", **serving) as (ceiling_base, _),
        gunicorn_serving(app="config.wsgi", probe_path="/healthz", **serving) as (shop_base, pid),
    ):
        runs, ceilings = _pages_measured(
            args=args, pages=pages, shop_base=shop_base, ceiling_base=ceiling_base
        )
        if with_checkout:
            print(
                f"  checkout: {args.checkout_shoppers} shoppers, stock {args.checkout_stock}...",
                flush=True,
            )
            checkout = checkout_measure(
                base=shop_base, shoppers=args.checkout_shoppers, stock=args.checkout_stock
            ).as_dict()
            print(f"  checkout: {checkout['orders_per_second']:.1f} orders/s", flush=True)
        memory = workers_peak_memory_mb(master_pid=pid)

    rows = rows_with_targets(
        rows=medians_of(runs=runs), one_client=args.connections == 1, compared=compared
    )
    ceiling = ceiling_summary(ceilings=ceilings) if ceilings else None
    targets = run_targets(memory_mb=memory, checkout=checkout)
    payload = {
        "machine": machine_description(),
        "python": platform.python_version(),
        "products_generated": args.products,
        "demo_loaded_seconds": round(loaded_in),
        "duration_per_run_seconds": args.duration,
        "connections": args.connections,
        "workers": args.workers,
        "runs": args.runs,
        "compared_with": str(args.compare) if args.compare else None,
        "ceiling": ceiling,
        "worker_peak_memory_mb": memory,
        "pages": rows,
        "checkout": checkout,
        "targets": targets,
        "targets_hold": all(t["holds"] for t in targets) and all(r["targets_hold"] for r in rows),
        "page_runs": runs if args.runs > 1 else None,
        "total_seconds": round(time.monotonic() - started),
    }
    path = report_write(folder=args.output, payload=payload, now=datetime.now(UTC))
    median = f"medians of {args.runs} runs, " if args.runs > 1 else ""
    print(
        f"\nMachine: {payload['machine']}; {args.products:,} generated products; {median}"
        f"{args.connections} connection(s)"
    )
    if rows and ceiling:
        print(table_of(rows=rows, ceiling=ceiling))
    if checkout:
        print()
        print(checkout_table_of(checkout=checkout, targets=targets))
    print(f"\nShop workers' peak memory: {', '.join(f'{mb:.0f} MB' for mb in memory) or 'unknown'}")
    print(run_targets_text(targets=targets))
    print(f"\nFigures written to {path} (in {payload['total_seconds']} s)")
    return payload


if __name__ == "__main__":
    main()
