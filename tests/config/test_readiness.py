"""/readyz tells a load balancer whether this process can serve: the database, the cache and the
storage answer and every migration is applied (200), or which of them does not (503)."""

import json
import subprocess

import pytest
from django.db import connection

from .processes import (
    ThrowawayPostgres,
    container_health_check,
    get,
    gunicorn_serving,
    production_environment,
)


def test_ready_when_every_service_answers(db, client, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "storage": "ok", "migrations": "ok"},
        "failed": [],
    }
    assert "no-cache" in response["Cache-Control"]
    # No session is started for the load balancer's requests.
    assert not response.cookies


@pytest.fixture
def throwaway_postgres(django_db_setup, django_db_blocker):
    """A PostgreSQL of its own holding a copy of the migrated test database (a copy: running
    every migration again would take minutes)."""
    pg = ThrowawayPostgres()
    try:
        pg.start()
        pg.psql("CREATE DATABASE shop", database="postgres")
        with django_db_blocker.unblock():
            source = connection.settings_dict
        dump = subprocess.run(
            [str(pg.bin / "pg_dump"), "--no-owner", "--no-privileges"]
            + ["-h", source["HOST"], "-p", str(source["PORT"]), "-U", source["USER"]]
            + [source["NAME"]],
            check=True,
            capture_output=True,
            timeout=300,
        )
        subprocess.run(
            [str(pg.bin / "psql"), "-h", "127.0.0.1", "-p", str(pg.port), "-U", "postgres"]
            + ["-d", "shop", "-q", "-v", "ON_ERROR_STOP=1"],
            input=dump.stdout,
            check=True,
            capture_output=True,
            timeout=300,
        )
        yield pg
    finally:
        pg.remove()


def _readiness(served) -> tuple[int, dict]:
    status, _, body = get(f"{served.url}/readyz")
    return status, json.loads(body)


def test_not_ready_while_the_database_is_stopped_and_ready_again_when_it_is_back(
    throwaway_postgres, tmp_path
):
    environment = production_environment(
        DATABASE_URL=throwaway_postgres.url,
        MEDIA_ROOT=str(tmp_path),
        # Over plain HTTP from the load balancer: /readyz must not be redirected to HTTPS.
        SECURE_SSL_REDIRECT="true",
    )
    with gunicorn_serving(environment) as served:
        assert _readiness(served) == (
            200,
            {
                "status": "ok",
                "checks": {"database": "ok", "cache": "ok", "storage": "ok", "migrations": "ok"},
                "failed": [],
            },
        )

        worker_check = production_environment(DATABASE_URL=throwaway_postgres.url)
        assert container_health_check("db", worker_check).returncode == 0

        throwaway_postgres.stop()
        # The worker's and scheduler's container health check sees it too.
        check = container_health_check("db", worker_check)
        assert check.returncode == 1
        assert check.stdout.startswith("unhealthy: OperationalError")
        status, body = _readiness(served)
        assert status == 503
        assert body["status"] == "unavailable"
        assert body["failed"] == ["database", "migrations"]
        assert body["checks"]["database"] == "failed: OperationalError"
        # The process itself is still alive: the orchestrator must not restart it.
        assert get(f"{served.url}/healthz")[0] == 200

        throwaway_postgres.start()
        assert _readiness(served)[0] == 200

        # A deploy whose migrations have not run yet is not ready either.
        latest = throwaway_postgres.psql(
            "SELECT max(name) FROM django_migrations WHERE app = 'sellers'"
        ).strip()
        throwaway_postgres.psql(
            f"DELETE FROM django_migrations WHERE app = 'sellers' AND name = '{latest}'"
        )
        status, body = _readiness(served)
        assert status == 503
        assert body["failed"] == ["migrations"]
        assert body["checks"]["migrations"] == "failed: RuntimeError"
        assert f"Not ready: migrations failed: 1 not applied (sellers.{latest})" in served.log()
