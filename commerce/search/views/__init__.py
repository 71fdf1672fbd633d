"""Which engine serves /shop/catalogue/, category pages and /shop/search/.

Oscar's catalogue app loads `CatalogueView` and `ProductCategoryView` from `search.views`, and
the search app loads `FacetedSearchView` from here too. `SHOP_PRODUCT_SEARCH_ENGINE` picks:
"database" (default) serves them from the shop's own database (commerce.search.views.database);
"haystack" hands them back to Oscar's haystack views, which need a configured search engine
(HAYSTACK_CONNECTIONS: Solr or Elasticsearch) and an index (`manage.py update_index`)."""

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

ENGINE = getattr(settings, "SHOP_PRODUCT_SEARCH_ENGINE", "database")

if ENGINE == "haystack":
    from oscar.apps.search.views.catalogue import CatalogueView, ProductCategoryView
    from oscar.apps.search.views.search import FacetedSearchView
elif ENGINE == "database":
    from commerce.search.views.database import (
        CatalogueView,
        FacetedSearchView,
        ProductCategoryView,
    )
else:
    raise ImproperlyConfigured(
        f'SHOP_PRODUCT_SEARCH_ENGINE is "{ENGINE}"; set it to "database" or "haystack".'
    )

__all__ = ["CatalogueView", "FacetedSearchView", "ProductCategoryView"]
