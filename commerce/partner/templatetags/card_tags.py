"""A product card from its cached fragment: `{% product_card_html card %}` (a ProductCard)."""

from django import template

from commerce.catalogue.card_fragments import card_html

register = template.Library()


@register.simple_tag(takes_context=True)
def product_card_html(context, card):
    """The card's HTML (commerce.catalogue.card_fragments) with the request's CSRF token."""
    return card_html(card=card, request=context.get("request"))
