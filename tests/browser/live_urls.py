"""The live server's URL map: the site's, plus the uploaded media (the test settings run with
DEBUG off, where the site leaves media to the web server in front), so pages and screenshots
show their pictures."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from config.urls import handler403, handler404, handler500  # noqa: F401  (the site's error pages)
from config.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    *site_urlpatterns,
]
