"""Health endpoint for load balancers and the container's health check."""

from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe


@never_cache
@require_safe
def healthz(request) -> HttpResponse:
    """The process is alive and serving (no database or cache touched: a database outage must
    not make the orchestrator restart healthy web processes)."""
    return HttpResponse("ok\n", content_type="text/plain")
