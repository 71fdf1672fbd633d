"""The price a shopper pays for a product alone, for templates that show one product:
`{% shown_price product as price %}{% include "includes/price.html" %}`."""

from django import template

from commerce.catalogue.cards import request_strategy
from commerce.catalogue.prices import ShownPrice, product_price, site_offers_of

register = template.Library()


@register.simple_tag(takes_context=True)
def shown_price(context, product) -> ShownPrice | None:
    """commerce.catalogue.prices.product_price at the request's strategy and site offers."""
    request = context["request"]
    return product_price(
        product=product,
        strategy=request_strategy(request=request),
        offers=site_offers_of(request=request),
    )
