"""Oscar's product page, loading a product's offers (and a parent's variants) once: the price,
the availability, "sold by", the other offers and the add-to-basket form all read them."""

from django.db.models import prefetch_related_objects
from oscar.apps.catalogue.views import ProductDetailView as OscarProductDetailView

from commerce.catalogue.offers import product_page_offers
from commerce.catalogue.prices import site_offers_of
from commerce.partner.pricing import offers_prefetch
from commerce.search.selectors import product_variants_prefetched


class ProductDetailView(OscarProductDetailView):
    """Oscar's ProductDetailView with a flat query count and the product's offers: the one
    shown ("sold by") and the others on sale, each with its own add-to-basket button."""

    def get_object(self, queryset=None):
        product = super().get_object(queryset)
        if product.is_parent and not hasattr(product, "_prefetched_public_children"):
            product_variants_prefetched(product=product)
        elif not product.is_parent:
            prefetch_related_objects([product], offers_prefetch())
        return product

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["offers"] = product_page_offers(
            product=self.object,
            strategy=self.request.strategy,
            site_offers=site_offers_of(request=self.request),
        )
        return context
