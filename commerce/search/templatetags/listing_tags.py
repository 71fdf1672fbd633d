"""Template tags for product listings (catalogue, category and search pages)."""

from django import template

from commerce.catalogue.cards import ProductCard, product_card, request_strategy
from commerce.catalogue.prices import site_offers_of

register = template.Library()


@register.simple_tag(takes_context=True)
def listing_card(context, product) -> ProductCard:
    """The card of a listed product at the request's price: `{% listing_card product as card %}`."""
    request = context["request"]
    return product_card(
        product=product,
        strategy=request_strategy(request=request),
        offers=site_offers_of(request=request),
    )
