"""Catalogue, category and search pages served from the shop's own database. Views stay thin:
parsing is in params.py, every read in selectors.py and facet_selectors.py."""

from urllib.parse import unquote, urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.generic import ListView
from oscar.apps.search.signals import user_search
from oscar.core.loading import get_model

from commerce.catalogue.prices import site_offers_of
from commerce.search.facet_selectors import listing_facets, listing_scope_validated
from commerce.search.params import SORT_CHOICES, ListingParams, clean_query, listing_params_from_get
from commerce.search.selectors import (
    pages_matching,
    product_cards_prefetched,
    product_listing,
    product_listing_sorted,
    product_page_queryset,
)
from commerce.search.suggestions import search_suggestions

Category = get_model("catalogue", "Category")


def _url_with(request, *, param: str, value: str | None = None, toggle: bool = True) -> str:
    """The current listing URL with `param=value` toggled (or `param` set), back on page 1."""
    query = request.GET.copy()
    query.pop("page", None)
    if toggle:
        values = query.getlist(param)
        if value in values:
            values.remove(value)
        else:
            values.append(value)
        query.setlist(param, values)
    elif value is None:
        query.pop(param, None)
    else:
        query[param] = value
    encoded = query.urlencode()
    return f"{request.path}?{encoded}" if encoded else request.path


class ProductListingView(ListView):
    """A faceted, sortable, paginated product listing; subclasses say where it looks."""

    paginate_by = settings.OSCAR_PRODUCTS_PER_PAGE
    context_object_name = "products"
    allow_empty = True
    sorts = ("newest", "price-asc", "price-desc", "rating")

    def get_category_paths(self) -> tuple[str, ...]:
        return ()

    def get_parent_category(self):
        return None

    def get(self, request, *args, **kwargs):
        self.params: ListingParams = self.get_listing_params()
        self.scope = listing_scope_validated(
            params=self.params, category_paths=self.get_category_paths()
        )
        self.params = self.scope.params
        self.listing_facets = listing_facets(scope=self.scope, parent=self.get_parent_category())
        self.counts = self.listing_facets.counts
        return super().get(request, *args, **kwargs)

    def get_listing_params(self) -> ListingParams:
        """What the shopper asked for; a subclass may fix some of it (a seller's page)."""
        return listing_params_from_get(data=self.request.GET)

    def get_queryset(self):
        products = product_listing(scope=self.scope)
        products = product_listing_sorted(products=products, sort=self.get_sort())
        return product_page_queryset(products=products)

    def get_sort(self) -> str:
        sort = self.params.effective_sort()
        return sort if sort in self.sorts else self.sorts[0]

    def paginate_queryset(self, queryset, page_size):
        """Out-of-range or malformed page numbers show the nearest page, never an error."""
        paginator = Paginator(queryset, page_size)
        paginator.count = self.counts.total  # counted already, with the facets
        number = self.request.GET.get("page")
        page = paginator.get_page(paginator.num_pages if number == "last" else number)
        page.object_list = product_cards_prefetched(products=list(page.object_list))
        site_offers_of(request=self.request).load(products=page.object_list)
        return paginator, page, page.object_list, page.has_other_pages()

    def get_facets(self) -> list:
        facets = self.listing_facets.facets
        request = self.request
        return [
            {
                "name": facet.name,
                "values": [
                    {
                        "param": v.param,
                        "value": v.value,
                        "label": v.label,
                        "count": v.count,
                        "selected": v.selected,
                        "url": _url_with(request, param=v.param, value=v.value),
                    }
                    for v in facet.values
                ],
            }
            for facet in facets
            if facet.values
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        request = self.request
        current = self.get_sort()
        context.update(
            query=self.params.query,
            facets=self.get_facets(),
            num_matching=self.counts.total,
            has_filters=self.params.has_filters,
            clear_filters_url=(
                f"{request.path}?{urlencode({'q': self.params.query})}"
                if self.params.query
                else request.path
            ),
            sort_options=[
                {
                    "label": SORT_CHOICES[key],
                    "selected": key == current,
                    "url": _url_with(request, param="sort", value=key, toggle=False),
                }
                for key in self.sorts
            ],
        )
        return context


class CatalogueView(ProductListingView):
    """All products."""

    template_name = "oscar/catalogue/browse.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["summary"] = "All products"
        return context


class ProductCategoryView(ProductListingView):
    """Products in a category and its sub-categories."""

    template_name = "oscar/catalogue/category.html"

    def get(self, request, *args, **kwargs):
        self.category = get_object_or_404(Category, pk=self.kwargs["pk"])
        if not (self.category.is_public or request.user.is_staff):
            raise Http404("This category is not available.")
        expected_path = self.category.get_absolute_url()
        if unquote(expected_path) != unquote(request.path):
            return HttpResponsePermanentRedirect(expected_path)
        return super().get(request, *args, **kwargs)

    def get_category_paths(self) -> tuple[str, ...]:
        return (self.category.path,)

    def get_parent_category(self):
        return self.category

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["category"] = self.category
        context["summary"] = self.category.name
        return context


def _search_link(query: str) -> dict:
    return {"query": query, "url": f"{reverse('search:search')}?{urlencode({'q': query})}"}


class FacetedSearchView(ProductListingView):
    """Site search: matching products (faceted) and, beside them, matching Wagtail pages."""

    template_name = "oscar/search/results.html"
    sorts = ("relevance", "newest", "price-asc", "price-desc", "rating")

    def dispatch(self, request, *args, **kwargs):
        user_search.send(
            sender=self,
            session=request.session,
            user=request.user,
            query=clean_query(request.GET.get("q", "")),
        )
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["pages"] = pages_matching(query=self.params.query)
        if self.params.query and not self.counts.total and not self.params.has_filters:
            suggestions = search_suggestions(query=self.params.query)
            context["suggested_spelling"] = suggestions.spelling and _search_link(
                suggestions.spelling
            )
            context["suggested_words"] = [_search_link(word) for word in suggestions.single_words]
            context["suggested_categories"] = suggestions.categories
            context["suggested_categories_match"] = suggestions.categories_match
        return context
