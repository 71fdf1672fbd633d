"""Site-wide SEO endpoints: /sitemap.xml and /robots.txt."""

from django.contrib.sitemaps.views import sitemap
from django.urls import path
from django.views.generic import TemplateView
from wagtail.contrib.sitemaps import Sitemap as PageSitemap

from cms.core.sitemaps import CategorySitemap, ProductSitemap


def sitemap_xml(request):
    """Live Wagtail pages, browsable products and public categories, on the request's host."""
    sitemaps = {
        "pages": PageSitemap(request),
        "products": ProductSitemap(request),
        "categories": CategorySitemap(request),
    }
    return sitemap(request, sitemaps=sitemaps)


urlpatterns = [
    path("sitemap.xml", sitemap_xml, name="sitemap"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots_txt",
    ),
]
