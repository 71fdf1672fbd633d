"""Which engine serves /shop/catalogue/, category pages and /shop/search/.

Oscar's catalogue app loads `CatalogueView` and `ProductCategoryView` from `search.views`, and
the search app loads `FacetedSearchView` from here too. `SHOP_PRODUCT_SEARCH_ENGINE` picks:
"database" (default) serves them from the shop's own database (commerce.search.views.database);
"haystack" hands them back to Oscar's haystack views, which need a configured search engine
(HAYSTACK_CONNECTIONS: Solr or Elasticsearch) and an index (`manage.py update_index`)."""

from importlib import import_module

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

ENGINE = getattr(settings, "SHOP_PRODUCT_SEARCH_ENGINE", "database")
VIEW_MODULES = {
    "database": "commerce.search.views.database",
    "haystack": "oscar.apps.search.views",
}
if ENGINE not in VIEW_MODULES:
    raise ImproperlyConfigured(
        f'SHOP_PRODUCT_SEARCH_ENGINE is "{ENGINE}"; set it to "database" or "haystack".'
    )

__all__ = ["CatalogueView", "FacetedSearchView", "ProductCategoryView"]


def __getattr__(name: str):
    # Resolved on first use, not at import: Oscar's haystack views import this package
    # (through get_class) while they are themselves being imported.
    if name in __all__:
        return getattr(import_module(VIEW_MODULES[ENGINE]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
