"""Oscar's product page, loading a parent's variants once: the price, the availability and
the variant picker of the add-to-basket form all read the same prefetched children."""

from oscar.apps.catalogue.views import ProductDetailView as OscarProductDetailView

from commerce.search.selectors import product_variants_prefetched


class ProductDetailView(OscarProductDetailView):
    """Oscar's ProductDetailView with a flat query count for parents with many variants."""

    def get_object(self, queryset=None):
        product = super().get_object(queryset)
        if product.is_parent and not hasattr(product, "_prefetched_public_children"):
            product_variants_prefetched(product=product)
        return product
