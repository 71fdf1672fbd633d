#!/usr/bin/env python
"""The containers' health checks, without curl in the image:

    python docker/healthcheck.py http   web: GET /healthz on $PORT answers 200
    python docker/healthcheck.py db     worker, scheduler: the database answers

Exit status 0 is healthy, 1 is not (the reason goes to the health log)."""

import os
import sys
import urllib.request


def http() -> None:
    # A host the settings accept (the first of ALLOWED_HOSTS), so the check is not refused.
    hosts = [h for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h.strip("*. ")]
    host = hosts[0].strip().lstrip(".") if hosts else "localhost"
    port = os.environ.get("PORT") or "8000"
    request = urllib.request.Request(f"http://127.0.0.1:{port}/healthz", headers={"Host": host})
    with urllib.request.urlopen(request, timeout=4) as response:  # noqa: S310 - fixed URL
        if response.status != 200:
            raise RuntimeError(f"/healthz answered {response.status}")


def db() -> None:
    import environ
    import psycopg2

    config = environ.Env.db_url_config(os.environ["DATABASE_URL"])
    connection = psycopg2.connect(
        dbname=config["NAME"],
        user=config.get("USER") or None,
        password=config.get("PASSWORD") or None,
        host=config.get("HOST") or None,
        port=config.get("PORT") or None,
        connect_timeout=4,
    )
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    finally:
        connection.close()


if __name__ == "__main__":
    check = {"http": http, "db": db}[sys.argv[1] if len(sys.argv) > 1 else "http"]
    try:
        check()
    except Exception as error:  # noqa: BLE001 - any failure is "unhealthy"
        print(f"unhealthy: {type(error).__name__}: {error}")
        sys.exit(1)
    print("healthy")
