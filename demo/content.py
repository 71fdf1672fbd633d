"""Demo content from the CMS blocks: the home page body and one campaign landing page.

`load_demo` calls `demo_content_build(home=...)` after the catalogue and the
information pages exist. Running it again changes nothing; it never duplicates pages.
"""

from django.db import transaction
from oscar.core.loading import get_model

from cms.pages.models import LandingPage

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")
ConditionalOffer = get_model("offer", "ConditionalOffer")

LANDING_SLUG = "seasonal-picks"


def _product_ids(*, limit: int, offset: int = 0) -> list[int]:
    products = (
        Product.objects.browsable()
        .filter(stockrecords__isnull=False)
        .distinct()
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    return list(products[offset : offset + limit])


def _home_body() -> list[dict]:
    body = [
        {
            "type": "hero",
            "value": {
                "heading": "Goods worth keeping",
                "text": "Pantry staples, small-batch preserves and things for the home, "
                "chosen by people who use them.",
                "cta_label": "Browse the shop",
                "cta_url": "/shop/catalogue/",
                "cta_page": None,
            },
        }
    ]
    categories = list(
        Category.objects.filter(depth=1, is_public=True)
        .order_by("path")
        .values_list("pk", flat=True)[:4]
    )
    if categories:
        body.append(
            {
                "type": "category_tiles",
                "value": {"heading": "Shop by aisle", "categories": categories},
            }
        )
    products = _product_ids(limit=8)
    if products:
        body.append({"type": "product_grid", "value": {"heading": "New in", "products": products}})
    offer = ConditionalOffer.active.filter(offer_type=ConditionalOffer.SITE).order_by("pk").first()
    if offer is not None and offer.benefit.range_id:
        body.append({"type": "offer", "value": {"heading": "", "offer": offer.pk, "limit": 4}})
    body.append(
        {
            "type": "faq",
            "value": {
                "heading": "Good to know",
                "items": [
                    {
                        "question": "How fast do you deliver?",
                        "answer": "<p>Orders placed before 2pm leave the same working day.</p>",
                    },
                    {
                        "question": "Can I return something?",
                        "answer": "<p>Yes, within 30 days, unopened. See our returns page.</p>",
                    },
                ],
            },
        }
    )
    return body


def _landing_body(*, home) -> list[dict]:
    products = _product_ids(limit=6, offset=2) or _product_ids(limit=6)
    body = [
        {
            "type": "hero",
            "value": {
                "heading": "Cook, pour, give",
                "text": "What we are cooking with, drinking and giving this season.",
                "cta_label": "",
                "cta_url": "",
                "cta_page": None,
            },
        },
        {
            "type": "paragraph",
            "value": "<p>Every item below comes straight from the shop: prices and stock are "
            "always the current ones.</p>",
        },
    ]
    if products:
        body.append(
            {"type": "product_grid", "value": {"heading": "This season", "products": products}}
        )
    body.append(
        {
            "type": "cta_banner",
            "value": {
                "heading": "Not found what you need?",
                "text": "Everything else is one click away.",
                "button_label": "Back to the front page",
                "button_page": home.pk,
                "button_url": "",
            },
        }
    )
    return body


@transaction.atomic
def demo_content_build(*, home) -> None:
    """Fill an empty home page body and create the "Seasonal picks" landing page if missing.
    Content an editor has already written is left alone, so a second run changes nothing."""
    home = home.specific
    if not home.body:
        home.body = _home_body()
        home.save_revision().publish()

    if LandingPage.objects.child_of(home).filter(slug=LANDING_SLUG).exists():
        return
    landing = home.add_child(
        instance=LandingPage(
            title="Seasonal picks",
            slug=LANDING_SLUG,
            show_in_menus=True,
            search_description="Our pick of the season's pantry and home goods.",
        )
    )
    landing.body = _landing_body(home=home)
    landing.save_revision().publish()
