"""`make bench`: the shop under load as production serves it.

Run through `make bench` (scripts/test-postgres.sh starts a throwaway PostgreSQL and sets
DATABASE_URL): a fresh database with `load_demo --products N`, the production settings
(config.settings.bench), the repository's gunicorn config with 2 single-threaded workers on
127.0.0.1, and wrk with 4 connections on each page, each page run right after a run on a bare
Django view under the same config (the ceiling), so machine noise hits both. Prints one table
and writes the same figures to var/bench/<timestamp>.json."""

import argparse
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
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--only", action="append", default=[], help="measure only pages whose name has this"
    )
    parser.add_argument("--database", default=os.environ.get("BENCH_DATABASE") or "shop_bench")
    parser.add_argument("--output", type=Path, default=BASE_DIR / "var" / "bench")
    return parser.parse_args(argv)


def _machine() -> str:
    model = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return f"{os.cpu_count()} cores ({model}), {platform.system()} {platform.release()}"


def main(argv: list[str] | None = None) -> dict:
    args = _arguments(argv)
    from bench.load import wrk_path
    from bench.shop import database_fresh

    wrk_path()  # installs wrk (or says how) before minutes of loading
    if not os.environ.get("DATABASE_URL"):
        raise SystemExit("DATABASE_URL is not set: run the bench with `make bench`.")
    work = Path(tempfile.mkdtemp(prefix="shop-bench-"))
    env = {
        "DJANGO_SETTINGS_MODULE": "config.settings.bench",
        "DATABASE_URL": database_fresh(url=os.environ["DATABASE_URL"], name=args.database),
        "CACHE_URL": f"filecache://{work / 'cache'}",
        "MEDIA_ROOT": str(work / "media"),
        "STATIC_ROOT": str(work / "static"),
        # Set by the bench (never bypassed in code): high enough that the API is measured, not
        # its "429 Too Many Requests".
        "API_THROTTLE_ANON": os.environ.get("API_THROTTLE_ANON") or "1000000/min",
        "API_THROTTLE_USER": os.environ.get("API_THROTTLE_USER") or "1000000/min",
        "LOG_LEVEL": "ERROR",
    }
    os.environ.update(env)

    try:
        payload = _measure(args=args, env=env, work=work)
    except BaseException:
        print(f"\nThe bench stopped; gunicorn's log: {work / 'gunicorn.log'}", file=sys.stderr)
        raise
    shutil.rmtree(work, ignore_errors=True)
    return payload


def _measure(*, args: argparse.Namespace, env: dict[str, str], work: Path) -> dict:
    from bench.load import wrk_run
    from bench.report import ceiling_summary, report_write, rows_of, table_of
    from bench.server import gunicorn_serving, workers_peak_memory_mb
    from bench.shop import page_answers, pages_to_measure, shop_prepare, shoppers_with_one_item

    started = time.monotonic()
    print(f"Loading the demo shop with {args.products:,} generated products...", flush=True)
    shop_prepare(products=args.products)
    loaded_in = time.monotonic() - started
    pages = [p for p in pages_to_measure() if all(o in p.name for o in args.only)]

    log = work / "gunicorn.log"
    serving = {"env": env, "log": log, "workers": args.workers}
    measured = []
    ceilings = []
    with (
        gunicorn_serving(app="bench.ceiling", probe_path="/", **serving) as (ceiling_base, _),
        gunicorn_serving(app="config.wsgi", probe_path="/healthz", **serving) as (shop_base, pid),
    ):
        shoppers = []
        if any(page.basket for page in pages):
            shoppers = shoppers_with_one_item(base=shop_base, count=args.connections)
        for page in pages:
            cookies = shoppers if page.basket else None
            page_answers(base=shop_base, page=page, cookie=cookies[0] if cookies else None)
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
            measured.append((page.name, page.path, result, ceiling))
            print(f"  {page.name}: {result.rps:,.1f} req/s", flush=True)
        memory = workers_peak_memory_mb(master_pid=pid)

    rows = rows_of(measured=measured)
    ceiling = ceiling_summary(ceilings=ceilings)
    table = table_of(rows=rows, ceiling=ceiling)
    payload = {
        "machine": _machine(),
        "python": platform.python_version(),
        "products_generated": args.products,
        "demo_loaded_seconds": round(loaded_in),
        "duration_per_run_seconds": args.duration,
        "connections": args.connections,
        "workers": args.workers,
        "ceiling": ceiling,
        "worker_peak_memory_mb": memory,
        "pages": rows,
        "total_seconds": round(time.monotonic() - started),
    }
    path = report_write(folder=args.output, payload=payload, now=datetime.now(UTC))
    print(f"\nMachine: {payload['machine']}; {args.products:,} generated products")
    print(table)
    print(f"Shop workers' peak memory: {', '.join(f'{mb:.0f} MB' for mb in memory) or 'unknown'}")
    print(f"\nFigures written to {path} (in {payload['total_seconds']} s)")
    return payload


if __name__ == "__main__":
    main()
