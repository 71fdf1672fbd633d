"""Template tags for product listings (catalogue, category and search pages)."""

from django import template

from commerce.catalogue.cards import ProductCard, product_card, request_strategy

register = template.Library()


@register.simple_tag(takes_context=True)
def listing_card(context, product) -> ProductCard:
    """The card of a listed product at the request's price: `{% listing_card product as card %}`."""
    return product_card(product=product, strategy=request_strategy(request=context["request"]))
