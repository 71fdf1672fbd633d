"""The Content-Security-Policy of each response: the strict one in settings.CONTENT_SECURITY_POLICY
everywhere, relaxed under the paths of the third-party admins that cannot live with it.

The storefront (and the checkout) keep the strict policy: scripts from this origin or inline with
the request's nonce, nothing else. Each relaxation below replaces only the directives it names.
"""

from csp.constants import SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpRequest, HttpResponseBase


def _relaxations() -> tuple[tuple[str, dict[str, list[str]]], ...]:
    media = settings.CSP_MEDIA_ORIGINS
    return (
        # Wagtail's admin renders inline <script> tags without a nonce (inline panels, the
        # date/time choosers, workflow buttons, and those in chooser responses its JavaScript
        # inserts); its image uploader previews blob: pictures, and the live preview frames the
        # page from /cms/ itself. A nonce in script-src would switch 'unsafe-inline' off.
        (
            "/cms/",
            {
                "script-src": [SELF, UNSAFE_INLINE],
                "style-src": [SELF, UNSAFE_INLINE],
                "img-src": [SELF, "data:", "blob:", *media],
                "frame-ancestors": [SELF],
            },
        ),
        # Oscar's dashboard templates carry inline event handlers (the product image widget's
        # onload, the forms' Cancel buttons) and TinyMCE and select2 write inline styles; the
        # related-object popups are windows of this origin.
        (
            "/shop/dashboard/",
            {
                "script-src": [SELF, UNSAFE_INLINE],
                "style-src": [SELF, UNSAFE_INLINE],
                "img-src": [SELF, "data:", "blob:", *media],
            },
        ),
        # Swagger UI (drf-spectacular's split view serves its init script as a file, so scripts
        # stay 'self'): drf-spectacular's page template carries an inline <style>.
        ("/api/v1/docs/", {"style-src": [SELF, UNSAFE_INLINE]}),
    )


def policy_relaxation(path: str) -> dict[str, list[str]] | None:
    """The directives that replace the strict policy's under `path`, or None where it applies."""
    for prefix, replace in _relaxations():
        if path.startswith(prefix):
            return replace
    return None


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the relaxation of the path's admin (if any)."""

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        relaxed = None if report_only else policy_relaxation(request.path_info)
        if relaxed:
            parts.replace = {**relaxed, **(parts.replace or {})}
        return parts
