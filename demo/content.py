"""Demo content from the CMS blocks: the home page body and one campaign landing page.

`load_demo` calls `demo_content_build(home=..., library=...)` after the catalogue, the
information pages and the library pictures exist. Running it again changes nothing; it never
duplicates pages.
"""

from django.db import transaction
from oscar.core.loading import get_model

from cms.pages.models import LandingPage
from demo.catalogue import CATEGORY_CODE_PREFIX
from demo.pictures.library import DemoLibrary

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


def _picture_id(image) -> int | None:
    return image.pk if image is not None else None


def _home_body(*, library: DemoLibrary) -> list[dict]:
    body = [
        {
            "type": "hero",
            "value": {
                "image": _picture_id(library.heroes.get("home")),
                "heading": "Goods worth keeping",
                "text": "Pantry staples, small-batch preserves and things for the home, "
                "chosen by people who use them.",
                "cta_label": "Browse the shop",
                "cta_url": "/shop/catalogue/",
                "cta_page": None,
            },
        }
    ]
    categories = Category.objects.filter(depth=1, is_public=True).order_by("path")[:4]
    tiles = [
        {
            "category": category.pk,
            "image": _picture_id(
                library.categories.get(category.code.removeprefix(CATEGORY_CODE_PREFIX))
            ),
        }
        for category in categories
    ]
    if tiles:
        body.append(
            {"type": "category_tiles", "value": {"heading": "Shop by aisle", "categories": tiles}}
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


def _landing_body(*, home, library: DemoLibrary) -> list[dict]:
    products = _product_ids(limit=6, offset=2) or _product_ids(limit=6)
    body = [
        {
            "type": "hero",
            "value": {
                "image": _picture_id(library.heroes.get("seasonal")),
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
def demo_content_build(*, home, library: DemoLibrary) -> None:
    """Fill an empty home page body and create the "Seasonal picks" landing page if missing,
    their heroes and tiles showing `library` pictures. Content an editor has already written
    is left alone, so a second run changes nothing."""
    home = home.specific
    if not home.body:
        home.body = _home_body(library=library)
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
    landing.body = _landing_body(home=home, library=library)
    landing.save_revision().publish()
