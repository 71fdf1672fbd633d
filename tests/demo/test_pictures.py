"""The demo's pictures as shoppers and editors meet them: every product and variant pictured in
its own colour (in the basket and on the thank-you page too), heroes and category tiles drawn
into Wagtail's image library and shown from it."""

import re
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from oscar.core.loading import get_model
from wagtail.images import get_image_model

from demo.data import PRODUCTS
from demo.images import PRODUCT_VIEWS
from demo.pictures.library import (
    CATEGORY_PICTURES,
    COLLECTION_NAME,
    HEROES,
    LIBRARY_PRODUCT_PICTURES,
)
from tests.demo.pictures import dominant_colour, is_red

Product = get_model("catalogue", "Product")
Image = get_image_model()

RED_TEE = "LL-TS-001-RED-M"


def _primary_picture(product) -> bytes:
    with product.primary_image().original.open("rb") as picture:
        return picture.read()


def _shown_picture(html: str, *, product) -> bytes:
    """The file behind the picture that links to `product` (basket and order lines link their
    thumbnail to the product page)."""
    found = re.search(
        rf'href="{re.escape(product.get_absolute_url())}"[^>]*>\s*<img [^>]*src="([^"]+)"', html
    )
    assert found, f"no picture of {product.title!r} on the page"
    return (
        Path(settings.MEDIA_ROOT) / found.group(1).removeprefix(settings.MEDIA_URL)
    ).read_bytes()


def test_every_product_and_every_variant_has_its_own_front_close_up_and_at_home_pictures():
    for spec in PRODUCTS:
        product = Product.objects.get(upc=spec.upc)
        assert product.images.count() >= len(PRODUCT_VIEWS), spec.title
        for child in product.children.all():
            captions = list(child.images.values_list("caption", flat=True))
            assert len(captions) == len(PRODUCT_VIEWS), child.title
            colour = child.attr.colour.option.lower()
            assert all(f" in {colour}" in caption for caption in captions), captions


def test_a_parent_shows_every_view_of_its_first_colour_then_each_other_colour():
    spec = next(spec for spec in PRODUCTS if len(spec.colours) > 2)
    captions = list(Product.objects.get(upc=spec.upc).images.values_list("caption", flat=True))

    first = spec.colours[0].lower()
    assert captions[: len(PRODUCT_VIEWS)] == [
        f"{spec.title} in {first}{suffix}" for suffix in PRODUCT_VIEWS.values()
    ]
    assert captions[len(PRODUCT_VIEWS) :] == [
        f"{spec.title} in {colour.lower()}" for colour in spec.colours[1:]
    ]


def test_every_red_variant_is_pictured_in_red_and_every_other_colour_not():
    for child in Product.objects.filter(parent__isnull=False, upc__startswith="LL-"):
        colour = child.attr.colour.option
        assert is_red(dominant_colour(_primary_picture(child))) == (colour == "Red"), child.title


def test_the_basket_shows_the_red_variant_the_shopper_chose_in_red(client):
    red = Product.objects.get(upc=RED_TEE)
    response = client.post(reverse("basket:add", kwargs={"pk": red.pk}), {"quantity": 1})
    assert response.status_code == 302

    html = client.get(reverse("basket:summary")).content.decode()

    assert is_red(dominant_colour(_shown_picture(html, product=red)))


def test_the_thank_you_page_shows_the_red_variant_ordered_in_red(client):
    # Oscar lets a superuser open any order's thank-you page by its number.
    client.force_login(get_user_model().objects.create_superuser("boss@example.com", "x"))

    html = client.get(reverse("checkout:thank-you"), {"order_number": "DEMO-1002"}).content.decode()

    assert is_red(dominant_colour(_shown_picture(html, product=Product.objects.get(upc=RED_TEE))))


def _section(html: str, css_class: str) -> str:
    return html.split(f'class="{css_class}', 1)[1].split("</section>", 1)[0]


def test_the_home_page_hero_and_category_tiles_show_pictures_from_the_library(client):
    html = client.get("/").content.decode()

    hero = _section(html, "block-hero")
    assert re.search(r'<img [^>]*srcset="[^"]+"', hero)
    assert f'alt="{HEROES["home"].description}"' in hero
    tiles = _section(html, "block-category-tiles")
    for picture in CATEGORY_PICTURES.values():
        assert f'alt="{picture.description}"' in tiles
    assert tiles.count("<img ") == len(CATEGORY_PICTURES)


def test_the_landing_page_hero_shows_its_library_picture(client):
    html = client.get("/seasonal-picks/").content.decode()

    assert f'alt="{HEROES["seasonal"].description}"' in _section(html, "block-hero")


def test_the_image_library_holds_heroes_category_and_product_pictures_for_editors():
    titles = set(
        Image.objects.filter(collection__name=COLLECTION_NAME).values_list("title", flat=True)
    )

    assert {picture.title for picture in HEROES.values()} <= titles
    assert {picture.title for picture in CATEGORY_PICTURES.values()} <= titles
    assert set(LIBRARY_PRODUCT_PICTURES) <= titles
    for image in Image.objects.filter(collection__name=COLLECTION_NAME):
        assert image.description and image.width >= 800, image.title
