"""The ceiling: a bare Django view ("ok"), no middleware, no database, served by gunicorn with
the shop's own config (`gunicorn -c config/gunicorn.py bench.ceiling`). What the shop's pages
are compared with."""

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

settings.configure(
    DEBUG=False,
    SECRET_KEY="bench-ceiling",
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
    INSTALLED_APPS=[],
)


def ok(request) -> HttpResponse:
    return HttpResponse("ok\n", content_type="text/plain")


urlpatterns = [path("", ok)]

application = get_wsgi_application()
