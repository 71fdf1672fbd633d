"""The shop's URLs plus a view that logs a line and one that fails."""

import logging

from django.http import HttpResponse
from django.urls import path

from config.urls import urlpatterns as shop_urlpatterns

logger = logging.getLogger("commerce.observed")


def logs_a_line(request):
    logger.warning("A line worth reading")
    return HttpResponse("logged\n")


def fails(request):
    raise RuntimeError("The shop broke here")


urlpatterns = [
    path("observed/log", logs_a_line),
    path("observed/fail", fails),
    *shop_urlpatterns,
]
