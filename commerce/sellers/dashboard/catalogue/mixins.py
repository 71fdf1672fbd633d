"""Which products a seller reaches in Oscar's dashboard catalogue (via commerce.core.loading)."""

from oscar.apps.dashboard.catalogue import mixins
from oscar.core.loading import get_model

from commerce.sellers.selectors.access import (
    seller_of,
    seller_products_with_variants,
)

Product = get_model("catalogue", "Product")


class PartnerProductFilterMixin(mixins.PartnerProductFilterMixin):
    """Staff reach every product; a seller the products they created or offer (and variants);
    a partner user without a seller profile, as in Oscar, the products their partner stocks
    (and may change only their stock records: views.ProductCreateUpdateView)."""

    def filter_queryset(self, queryset):
        user = self.request.user
        if user.is_staff:
            return queryset
        seller = seller_of(user=user)
        if seller is None:
            return super().filter_queryset(queryset)
        return queryset.filter(pk__in=seller_products_with_variants(seller=seller).values("pk"))
