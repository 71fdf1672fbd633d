"""Reads for browsing and searching the catalogue on the shop's own database."""

from django.db.models import Q, QuerySet
from oscar.core.loading import get_model

Product = get_model("catalogue", "Product")


def product_browsable_list(*, categories=None, query: str = "") -> QuerySet:
    """Products a shopper may see in listings: public standalone and parent products,
    optionally inside `categories` and matching the words of `query`."""
    products = Product.objects.browsable().filter(is_public=True)
    if categories is not None:
        products = products.filter(categories__in=categories).distinct()
    for word in query.split()[:10]:
        products = products.filter(
            Q(title__icontains=word) | Q(description__icontains=word) | Q(upc__iexact=word)
        )
    return products.base_queryset().order_by("-date_created", "-id")
