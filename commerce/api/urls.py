"""The URL map of /api/v1/ (mounted in config/urls.py).

EXTENDING THE API (sellers, affiliates, loyalty, ...): a domain keeps its endpoints next to its
code, in `commerce/<domain>/api/` (serializers.py, views.py, urls.py), and registers them here
with ONE line:

    DOMAIN_APIS = [
        "commerce.sellers.api.urls",
    ]

That module's `urlpatterns` are mounted at /api/v1/ (so it picks its own prefixes, e.g.
`path("sellers/me/", ...)`; a ViewSet goes on a router: `urlpatterns = router.urls`). Endpoints
inherit every convention from settings.REST_FRAMEWORK: JWT authentication, IsAuthenticated by
default (public endpoints say `permission_classes = [AllowAny]`), the one error body
(commerce.api.errors), page-number pagination, anon/user throttles. Document each view with
`extend_schema(..., responses={200: ..., **error_responses(...)})` from commerce.api.schema;
the schemathesis test (tests/api/test_schema_fuzz.py) then fuzzes the new endpoints too.
"""

from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework.routers import SimpleRouter

from .catalogue.views import CategoryTreeView, ProductViewSet
from .errors import endpoint_not_found
from .orders.views import OrderViewSet
from .root import ApiRootView

app_name = "api"

# Domain packages whose `urlpatterns` join /api/v1/ (see the module docstring).
DOMAIN_APIS: list[str] = []

router = SimpleRouter()
router.register("products", ProductViewSet, basename="product")
router.register("orders", OrderViewSet, basename="order")

urlpatterns = [
    path("", ApiRootView.as_view(), name="root"),
    path("", include("commerce.api.accounts.urls")),
    path("categories/", CategoryTreeView.as_view(), name="category-tree"),
    path("", include(router.urls)),
    *(path("", include(module)) for module in DOMAIN_APIS),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
    # Last: any other path under /api/v1/ is a JSON 404, not the storefront's HTML page.
    re_path(r"^.*$", endpoint_not_found),
]
