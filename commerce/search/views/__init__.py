"""The catalogue, category and search pages, served from the shop's own database.

Oscar's catalogue app loads `CatalogueView` and `ProductCategoryView`, and its search app
`FacetedSearchView`, by name from the module `search.views` (`get_class`), which for this fork
is this package."""

from .database import CatalogueView, FacetedSearchView, ProductCategoryView

__all__ = ["CatalogueView", "FacetedSearchView", "ProductCategoryView"]
