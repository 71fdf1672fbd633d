"""Sitemap sections for the shop's catalogue, next to Wagtail's own page sitemap."""

from django.contrib.sitemaps import Sitemap
from oscar.core.loading import get_model

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")


class RequestSitemap(Sitemap):
    """A sitemap on the host the request came to (not django.contrib.sites' example.com)."""

    def __init__(self, request=None):
        self.request = request

    def get_domain(self, site=None):
        if self.request is not None:
            return self.request.get_host()
        return super().get_domain(site)


class ProductSitemap(RequestSitemap):
    """Every product a shopper may browse to: public, standalone or parent."""

    changefreq = "daily"
    limit = 5000

    def items(self):
        return Product.objects.browsable().only("pk", "slug", "date_updated").order_by("pk")

    def lastmod(self, product):
        return product.date_updated


class CategorySitemap(RequestSitemap):
    """Every public category page."""

    changefreq = "weekly"

    def items(self):
        return Category.objects.filter(is_public=True).order_by("path")
