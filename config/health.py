"""Health endpoints for load balancers and the container's health check: /healthz (the process
is alive) and /readyz (the services it needs answer)."""

import functools
import logging
import uuid

from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


@never_cache
@require_safe
def healthz(request) -> HttpResponse:
    """The process is alive and serving (no database or cache touched: a database outage must
    not make the orchestrator restart healthy web processes)."""
    return HttpResponse("ok\n", content_type="text/plain")


def _database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def _cache() -> None:
    key = f"readyz:{uuid.uuid4().hex}"
    cache.set(key, "1", timeout=10)
    if cache.get(key) != "1":
        raise RuntimeError("the value written was not read back")
    cache.delete(key)


def _storage() -> None:
    # One cheap request: a HEAD on S3, a stat on a local folder.
    default_storage.exists("readyz-probe")


@functools.cache
def _migrations_in_code() -> frozenset[tuple[str, str]]:
    # The code's migrations do not change while the process runs: read the files once.
    return frozenset(MigrationLoader(None, ignore_no_migrations=True).graph.nodes)


def _migrations() -> None:
    applied = MigrationRecorder(connection).applied_migrations()
    unapplied = sorted(_migrations_in_code() - applied.keys())
    if unapplied:
        names = ", ".join(f"{app}.{name}" for app, name in unapplied[:5])
        raise RuntimeError(f"{len(unapplied)} not applied ({names})")


READINESS_CHECKS = {
    "database": _database,
    "cache": _cache,
    "storage": _storage,
    "migrations": _migrations,
}


@never_cache
@require_safe
def readyz(request) -> JsonResponse:
    """Ready for traffic: database, cache and storage answer and every migration is applied;
    503 naming what failed otherwise (a load balancer sends requests elsewhere meanwhile)."""
    checks, failed = {}, []
    for name, check in READINESS_CHECKS.items():
        if name == "migrations" and "database" in failed:
            checks[name] = "skipped: no database"
            failed.append(name)
            continue
        try:
            check()
        except Exception as error:  # noqa: BLE001 - any failure means "not ready", named below
            logger.warning("Not ready: %s failed: %s", name, error)
            checks[name] = f"failed: {type(error).__name__}"
            failed.append(name)
        else:
            checks[name] = "ok"
    status = 503 if failed else 200
    return JsonResponse(
        {"status": "unavailable" if failed else "ok", "checks": checks, "failed": failed},
        status=status,
    )
