from django import template
from django.utils.safestring import SafeString, mark_safe

from commerce.core.html import html_sanitise

register = template.Library()


@register.filter
def sanitised(html: str) -> SafeString:
    """Print user-written HTML through the shop's allow-list (commerce.core.html)."""
    return mark_safe(html_sanitise(str(html or "")))  # noqa: S308 - sanitised just above
