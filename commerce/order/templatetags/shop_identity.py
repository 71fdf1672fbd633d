"""The shop's own name where Oscar would print the site's domain or its own brand."""

from django import template
from django.conf import settings

register = template.Library()


@register.simple_tag
def shop_name() -> str:
    """The shop's name (OSCAR_SHOP_NAME), for emails and the dashboard, which have no request."""
    return settings.OSCAR_SHOP_NAME
