"""Uploaded pictures have at most IMAGE_MAX_PIXELS pixels, wherever they are uploaded: product
pictures in the dashboard, sellers' logos, Wagtail's image library."""

from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from oscar.core.loading import get_class
from PIL import Image
from wagtail.images import get_image_model
from wagtail.images.forms import get_image_form

from commerce.sellers.forms import SellerApplicationForm
from tests.factories import ProductFactory

ProductImageForm = get_class("dashboard.catalogue.forms", "ProductImageForm")

pytestmark = pytest.mark.django_db


def png(width: int, height: int, name: str = "picture.png") -> SimpleUploadedFile:
    """A real PNG of that many pixels (one bit per pixel: a few kilobytes however large)."""
    buffer = BytesIO()
    Image.new("1", (width, height)).save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


@pytest.fixture(autouse=True)
def limit(settings):
    settings.IMAGE_MAX_PIXELS = 4_000_000
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 4_000_000


def test_a_product_picture_over_the_limit_is_refused_saying_what_to_do():
    product = ProductFactory()
    form = ProductImageForm(
        data={"images-0-product": product.pk, "images-0-display_order": 0},
        files={"images-0-original": png(2500, 2000)},
        prefix="images-0",  # as the dashboard's image formset names its forms
    )
    assert not form.is_valid()
    assert form.errors["original"] == [
        "This picture is 2500 × 2000 pixels; pictures may have at most 4 million pixels. "
        "Scale it down (for example to 2236 pixels on its longer side) and upload it again."
    ]


def test_a_product_picture_within_the_limit_is_taken():
    product = ProductFactory()
    form = ProductImageForm(
        data={"images-0-product": product.pk, "images-0-display_order": 0},
        files={"images-0-original": png(2000, 2000)},
        prefix="images-0",
    )
    assert form.is_valid(), form.errors


def test_a_sellers_logo_over_the_limit_is_refused():
    form = SellerApplicationForm(
        data={"name": "Kiln & Co", "contact_email": "kiln@example.com"},
        files={"logo": png(4000, 1001)},
    )
    assert not form.is_valid()
    assert "at most 4 million pixels" in form.errors["logo"][0]


def test_the_image_library_refuses_a_picture_over_the_limit():
    ImageForm = get_image_form(get_image_model())
    form = ImageForm(data={"title": "Huge"}, files={"file": png(2001, 2000)})
    assert not form.is_valid()
    assert "file" in form.errors
