"""The drawing functions: square JPEGs of an object in the colour asked for, no network."""

from io import BytesIO

import pytest
from PIL import Image

from demo.data import COLOUR_RGB, PRODUCTS
from demo.pictures.scenes import (
    HERO_SIZE,
    KINDS,
    PRODUCT_SIZE,
    VIEWS,
    arrangement_picture,
    picture_kind,
    product_picture,
)
from tests.demo.pictures import distance, dominant_colour, object_pixels


@pytest.mark.parametrize("view", VIEWS)
def test_a_product_picture_is_a_small_square_jpeg(view):
    picture = product_picture(kind="shirt", rgb=COLOUR_RGB["Blue"], view=view)

    image = Image.open(BytesIO(picture))
    assert image.format == "JPEG"
    assert image.size == (PRODUCT_SIZE, PRODUCT_SIZE)
    assert len(picture) < 150_000


@pytest.mark.parametrize("colour", ["Red", "Blue", "Green", "Ochre", "Navy"])
def test_the_object_is_drawn_in_the_colour_asked_for(colour):
    picture = product_picture(kind="tee", rgb=COLOUR_RGB[colour], view="front")

    assert distance(dominant_colour(picture), COLOUR_RGB[colour]) < 40


def test_the_object_fills_a_good_part_of_the_front_picture():
    picture = product_picture(kind="mug", rgb=COLOUR_RGB["Green"], view="front")

    assert len(object_pixels(picture)) > 0.15 * 80 * 80


def test_the_same_arguments_draw_the_same_picture():
    first = product_picture(kind="vase", rgb=COLOUR_RGB["Ochre"], view="detail", seed="a")

    assert first == product_picture(kind="vase", rgb=COLOUR_RGB["Ochre"], view="detail", seed="a")


def test_every_kind_draws_every_view():
    for kind in KINDS:
        for view in VIEWS:
            assert product_picture(kind=kind, rgb=COLOUR_RGB["Grey"], view=view), (kind, view)


def test_an_unknown_view_is_refused_with_the_views_there_are():
    with pytest.raises(ValueError, match="front, detail, scene"):
        product_picture(kind="mug", rgb=COLOUR_RGB["Grey"], view="top")


def test_a_hero_is_a_wide_jpeg_of_several_objects():
    picture = arrangement_picture(
        items=(("skillet", (46, 46, 48)), ("mug", COLOUR_RGB["Red"])), size=HERO_SIZE
    )

    image = Image.open(BytesIO(picture))
    assert (image.format, image.size) == ("JPEG", HERO_SIZE)


def test_every_hand_written_product_is_drawn_as_what_its_title_says():
    kinds = {
        spec.upc: picture_kind(title=spec.title, product_class=spec.product_class)
        for spec in PRODUCTS
    }

    assert kinds["LL-TS-003"] == "breton"
    assert kinds["LL-SH-003"] == "check-shirt"
    assert kinds["LL-KT-006"] == "teapot"
    assert kinds["LL-HM-003"] == "lamp"
    assert kinds["LL-BK-001"] == "book"
    assert picture_kind(title="Coastal Steel Mug", product_class="kitchenware") == "mug"
