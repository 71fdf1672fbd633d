"""Oscar's product bulk actions (via commerce.core.loading), scoped for sellers. A module of
its own: Oscar's mixins module loads these while it is being imported."""

from oscar.apps.dashboard.catalogue import bulk_actions
from oscar.core.loading import get_model

from commerce.sellers.selectors.access import seller_of, seller_owned_products

Product = get_model("catalogue", "Product")


class _OwnedProductsOnly:
    """Public status is the product's own field: a seller changes it on products they
    created (and their variants) only, never on a product others sell too."""

    def execute(self, request, objects, form):
        if not request.user.is_staff:
            seller = seller_of(user=request.user)
            owned = seller_owned_products(seller=seller) if seller else Product.objects.none()
            objects = objects.filter(pk__in=owned.values("pk")) | objects.filter(
                parent__in=owned.values("pk")
            )
        return super().execute(request, objects, form)


class MakeProductsPublicAction(_OwnedProductsOnly, bulk_actions.MakeProductsPublicAction):
    pass


class MakeProductsNonPublicAction(_OwnedProductsOnly, bulk_actions.MakeProductsNonPublicAction):
    pass
