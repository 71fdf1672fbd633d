"""The URL map of /api/v1/ (mounted in config/urls.py).

Here lives only the platform every endpoint shares: the root, authentication (sign-in, token
refresh, sign-out: commerce.api.auth), the error body, pagination, schema helpers, throttles.

EVERY DOMAIN (users, catalogue, order; later sellers, affiliates, loyalty, ...) keeps its
endpoints next to its code, in `commerce/<domain>/api/` (serializers.py, views.py, urls.py, and
filters or selectors that only the API needs), and is mounted here with ONE line of
DOMAIN_APIS:

    DOMAIN_APIS = [
        ...,
        "commerce.sellers.api.urls",
    ]

That module's `urlpatterns` are mounted at /api/v1/ (so it picks its own prefixes, e.g.
`path("sellers/me/", ...)`; a ViewSet goes on a router: `urlpatterns = router.urls`). Endpoints
inherit every convention from settings.REST_FRAMEWORK: JWT authentication, IsAuthenticated by
default (public endpoints say `permission_classes = [AllowAny]`), the one error body
(commerce.api.errors; a service's Django ValidationError becomes a 400 with per-field
messages), page-number pagination, anon/user throttles. Document each view with
`extend_schema(..., responses={200: ..., **error_responses(...)})` from commerce.api.schema;
the schemathesis test (tests/api/test_schema_fuzz.py) then fuzzes the new endpoints too.
"""

from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from .errors import endpoint_not_found
from .root import ApiRootView

app_name = "api"

# Domain packages whose `urlpatterns` join /api/v1/ (see the module docstring).
DOMAIN_APIS: list[str] = [
    "commerce.users.api.urls",
    "commerce.catalogue.api.urls",
    "commerce.order.api.urls",
    "commerce.sellers.api.urls",
    "commerce.affiliates.api.urls",
    "commerce.points.api.urls",
]

urlpatterns = [
    path("", ApiRootView.as_view(), name="root"),
    path("", include("commerce.api.auth.urls")),
    *(path("", include(module)) for module in DOMAIN_APIS),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
    # Last: any other path under /api/v1/ is a JSON 404, not the storefront's HTML page.
    re_path(r"^.*$", endpoint_not_found),
]
