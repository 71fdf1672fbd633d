from django import template

from cms.core.selectors import menu_footer, menu_main

register = template.Library()


@register.simple_tag(takes_context=True)
def main_menu(context):
    request = context.get("request")
    return menu_main(request=request) if request else []


@register.simple_tag(takes_context=True)
def footer_menu(context):
    request = context.get("request")
    return menu_footer(request=request) if request else []
