"""Middleware for the browser tests' live server only (tests/browser/live_settings.py)."""

from django.contrib.contenttypes.models import ContentType


def fresh_content_types(get_response):
    """Forget cached content types before each request: a test may have flushed them."""

    def middleware(request):
        ContentType.objects.clear_cache()
        return get_response(request)

    return middleware
