"""Structured data (schema.org JSON-LD) and share metadata for storefront pages."""

import json

from django.utils.html import format_html, strip_tags
from django.utils.safestring import SafeString

from commerce.catalogue.cards import price_shown

# Same escapes as django.utils.html.json_script: nothing in the data can close the script tag.
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def ld_json_script(data: dict) -> SafeString:
    """A `<script type="application/ld+json">` element whose content cannot break out of it."""
    payload = json.dumps(data, ensure_ascii=False, default=str).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', SafeString(payload))


def organization_data(*, name: str, url: str, logo_url: str = "", same_as=()) -> dict:
    """schema.org Organization for the shop."""
    data = {"@context": "https://schema.org", "@type": "Organization", "name": name, "url": url}
    if logo_url:
        data["logo"] = logo_url
    if same_as:
        data["sameAs"] = list(same_as)
    return data


def breadcrumb_data(*, crumbs: list[tuple[str, str]]) -> dict:
    """schema.org BreadcrumbList from (name, absolute url) pairs, outermost first."""
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": url}
            for position, (name, url) in enumerate(crumbs, start=1)
        ],
    }


def product_data(
    *, product, purchase_info, url: str, image_url: str = "", shown_price=None
) -> dict:
    """schema.org Product with an Offer carrying the current price and availability;
    `shown_price` (commerce.catalogue.prices.ShownPrice) is the price the page shows."""
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": product.get_title(),
        "url": url,
    }
    if product.upc:
        data["sku"] = product.upc
    description = (product.description or "").strip()
    if description:
        data["description"] = strip_tags(description)[:5000]
    if image_url:
        data["image"] = image_url
    price = purchase_info.price if purchase_info else None
    amount = price_shown(price=price) if price is not None else None
    if shown_price is not None and amount is not None:
        amount = shown_price.amount  # the automatic offers included, as on the page
    if amount is not None:
        available = purchase_info.availability.is_available_to_buy
        data["offers"] = {
            "@type": "Offer",
            "url": url,
            "price": f"{amount:.2f}",
            "priceCurrency": price.currency,
            "availability": "https://schema.org/InStock"
            if available
            else "https://schema.org/OutOfStock",
        }
    return data
