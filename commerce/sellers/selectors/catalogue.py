"""Reads of a seller's own catalogue for their screens and the API (scoped by access.py)."""

from django.db.models import Exists, OuterRef, Prefetch, QuerySet
from oscar.core.loading import get_model

from commerce.sellers.models import SellerProduct
from commerce.sellers.selectors.access import seller_products, seller_stockrecords

Product = get_model("catalogue", "Product")


def seller_product_list(*, seller) -> QuerySet:
    """`seller`'s products, newest first, each with `owned` and `own_offers` (their stock
    records on it and on its variants) loaded in a flat number of queries."""
    own_offers = seller_stockrecords(seller=seller).order_by("pk")
    variants = Product.objects.prefetch_related(
        Prefetch("stockrecords", queryset=own_offers, to_attr="own_offers")
    )
    return (
        seller_products(seller=seller)
        .annotate(owned=Exists(SellerProduct.objects.filter(product=OuterRef("pk"), seller=seller)))
        .select_related("product_class")
        .prefetch_related(
            "categories",
            Prefetch("stockrecords", queryset=own_offers, to_attr="own_offers"),
            Prefetch("children", queryset=variants),
        )
        .order_by("-date_created", "-pk")
    )


def seller_offer_list(*, seller) -> QuerySet:
    """`seller`'s offers (stock records), newest first, with their product loaded."""
    return (
        seller_stockrecords(seller=seller)
        .select_related("product__parent")
        .order_by("-date_created", "-pk")
    )
