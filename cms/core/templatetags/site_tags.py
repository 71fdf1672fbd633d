"""Template tags for the shared layout: menus, announcement, canonical/Open Graph and JSON-LD."""

from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils.safestring import mark_safe
from wagtail.models import Page, Site

from cms.core import seo
from cms.core.models import SiteSettings
from cms.core.selectors.navigation import announcement_current, menu_footer, menu_main
from commerce.catalogue.cards import purchase_info
from commerce.catalogue.prices import product_price, site_offers_of
from commerce.core.media import PRODUCT_SHARE_PICTURE, product_picture_url

register = template.Library()


@register.simple_tag(takes_context=True)
def main_menu(context):
    request = context.get("request")
    return menu_main(request=request) if request else []


@register.simple_tag(takes_context=True)
def footer_menu(context):
    request = context.get("request")
    return menu_footer(request=request) if request else []


@register.simple_tag
def current_announcement():
    return announcement_current()


def _site_settings(request):
    if request is None or Site.find_for_request(request) is None:
        return None
    return SiteSettings.for_request(request)  # cached on the request, shared with the layout


def _absolute(request, path: str) -> str:
    return request.build_absolute_uri(path) if request else path


@register.inclusion_tag("includes/seo.html", takes_context=True)
def seo_meta(context, og_type: str = "website", title: str = "", image_url: str = ""):
    """Canonical URL, Open Graph tags and the Organization / BreadcrumbList JSON-LD."""
    request = context.get("request")
    page = context.get("page") if isinstance(context.get("page"), Page) else None
    site_settings = _site_settings(request)
    shop_name = (site_settings and site_settings.shop_name) or settings.OSCAR_SHOP_NAME
    canonical = _absolute(request, request.path) if request else ""
    image = None
    og_title = title or shop_name
    description = ""
    scripts = []
    if page is not None:
        canonical = page.get_full_url(request=request) or canonical
        og_title = title or page.seo_title or page.title
        description = page.search_description
        image = getattr(page.specific, "seo_image", None)
        ancestors = page.get_ancestors(inclusive=True).filter(depth__gt=1)
        crumbs = [(p.title, p.get_full_url(request=request)) for p in ancestors]
        if len(crumbs) > 1:
            scripts.append(seo.ld_json_script(seo.breadcrumb_data(crumbs=crumbs)))
    if image is None and site_settings:
        image = site_settings.default_seo_image
    if image_url:
        image_url = _absolute(request, image_url)
    elif image is not None:
        image_url = _absolute(request, image.get_rendition("fill-1200x630").url)
    logo = site_settings.logo if site_settings else None
    logo_url = _absolute(request, logo.get_rendition("max-400x400").url) if logo else ""
    scripts.append(
        seo.ld_json_script(
            seo.organization_data(
                name=shop_name,
                url=_absolute(request, "/"),
                logo_url=logo_url,
                same_as=site_settings.social_links if site_settings else (),
            )
        )
    )
    return {
        "canonical": canonical,
        "og_title": og_title,
        "og_description": description,
        "og_image": image_url,
        "og_type": og_type,
        "site_name": shop_name,
        "scripts": scripts,
    }


@register.simple_tag
def product_image_url(product) -> str:
    """The URL of the product's primary image in its prepared share size, or "" when it has
    none (never the original, which may be huge)."""
    image = product.primary_image()
    if isinstance(image, dict) or not image.original:
        return ""
    return product_picture_url(image=image, thumbnail=PRODUCT_SHARE_PICTURE)


@register.simple_tag(takes_context=True)
def product_ld_json(context, product):
    """Product + Offer and BreadcrumbList JSON-LD for an Oscar product page."""
    request = context.get("request")
    info = (
        purchase_info(product=product, strategy=request.strategy)
        if hasattr(request, "strategy")
        else None
    )
    shown = None
    if info is not None:
        offers = site_offers_of(request=request)
        shown = product_price(product=product, strategy=request.strategy, offers=offers, info=info)
    url = _absolute(request, product.get_absolute_url())
    image_url = product_image_url(product)
    if image_url:
        image_url = _absolute(request, image_url)
    data = seo.product_data(
        product=product, purchase_info=info, url=url, image_url=image_url, shown_price=shown
    )
    parts = [seo.ld_json_script(data)]
    category = product.get_categories().first()
    crumbs = [("Home", _absolute(request, "/"))]
    if category is not None:
        for ancestor in category.get_ancestors_and_self():
            crumbs.append((ancestor.name, _absolute(request, ancestor.get_absolute_url())))
    crumbs.append((product.get_title(), url))
    parts.append(seo.ld_json_script(seo.breadcrumb_data(crumbs=crumbs)))
    return mark_safe("".join(parts))


@register.simple_tag(takes_context=True)
def title_with_shop(context, title: str = "") -> str:
    """ "<title> | <shop>" for the <title> element; just the shop's name when the page is named
    after the shop (the home page), so the name is never said twice."""
    shop_name = context.get("shop_name") or settings.OSCAR_SHOP_NAME
    title = (title or "").strip()
    if not title or title.casefold() == shop_name.casefold():
        return shop_name
    return f"{title} | {shop_name}"


@register.simple_tag(takes_context=True)
def sign_in_url(context) -> str:
    """The sign-in page's address, bringing the shopper back to where they are afterwards; on
    the sign-in or registration page itself, to where that page was to bring them."""
    request = context.get("request")
    login = reverse("customer:login")
    if request is None:
        return login
    if request.path in (login, reverse("customer:register")):
        back = request.GET.get("next", "")
    else:
        back = request.get_full_path()
    return f"{login}?{urlencode({'next': back})}" if back else login
