"""The order's payment in plain words, for the thank-you page and the shopper's order page."""

from django import template

from commerce.checkout.selectors import order_payment_lines

register = template.Library()


@register.simple_tag
def payment_lines(order) -> list[str]:
    return order_payment_lines(order=order)
