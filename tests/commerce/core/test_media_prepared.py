"""Renditions and thumbnails are made when a picture is uploaded (or by `manage.py
prepare_media`), so a shopper's page view never opens an original picture, nor any file."""

from io import StringIO

import pytest
from django.core.management import call_command
from oscar.core.loading import get_model
from oscar.test.factories import ProductImageFactory
from wagtail.images import get_image_model

from tests.commerce.catalogue.shirts import camp_shirt
from tests.commerce.core.media import (
    library_image_upload,
    media_storage_use,
    pages_visit,
    picture,
    product_picture_upload,
    shopper_pages,
    site_logo_set,
    sorl_storages_forget,
)
from tests.commerce.core.storages import OpenRecording
from tests.factories import CategoryFactory, ProductFactory

ProductImage = get_model("catalogue", "ProductImage")

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def recording_storage(settings):
    media_storage_use(settings, "tests.commerce.core.storages.RecordingFileSystemStorage")
    OpenRecording.opened.clear()
    yield OpenRecording.opened
    sorl_storages_forget()


@pytest.fixture
def product():
    return ProductFactory(title="Teapot", categories=[CategoryFactory(name="Kitchen")])


def test_pictures_uploaded_by_editors_and_staff_are_never_opened_by_a_page_view(
    admin_client, client, home_page, product, recording_storage, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        image = library_image_upload(admin_client, picture(size=(600, 400)))
    with django_capture_on_commit_callbacks(execute=True):
        product_picture_upload(admin_client, product, picture(size=(400, 400)))
    site_logo_set(image)
    recording_storage.clear()

    html = pages_visit(client, shopper_pages(product))

    assert recording_storage == []
    assert image.get_rendition("height-40").url in html
    assert "/media/cache/" in html  # the product card's thumbnail


def test_the_product_page_names_prepared_sizes_only_never_an_original(
    client, product, recording_storage, django_capture_on_commit_callbacks
):
    # The variant picker's pictures (its <img> and the data its script swaps in) and the share
    # picture (og:image, schema.org's image): an original may be 36 million pixels.
    with django_capture_on_commit_callbacks(execute=True):
        shirt = camp_shirt(colours=("Red", "Blue"), sizes=("S",))
    originals = [variant.images.get().original.name for variant in shirt.variants.values()]
    with django_capture_on_commit_callbacks(execute=True):
        ProductImageFactory(product=shirt, original__filename="shirt-parent.jpg")
    originals.append(shirt.images.get().original.name)
    recording_storage.clear()

    html = pages_visit(client, [shirt.get_absolute_url()])

    assert recording_storage == []
    assert [name for name in originals if name in html] == []
    assert 'property="og:image" content="http://testserver/media/cache/' in html
    assert '"image": "http://testserver/media/cache/' in html
    assert html.count("/media/cache/") >= 4  # the <img>, two variants' data, og:image, JSON-LD


def test_a_page_view_would_open_a_picture_nobody_prepared(client, product, recording_storage):
    # The recorder works: a picture stored without its upload signal is opened by the first
    # view that shows it (and only then are its thumbnails made).
    ProductImage.objects.bulk_create([ProductImage(product=product, original=_stored())])

    pages_visit(client, [product.get_categories().first().get_absolute_url()])

    assert recording_storage != []


def test_prepare_media_makes_what_is_missing_once(client, home_page, product, recording_storage):
    ProductImage.objects.bulk_create([ProductImage(product=product, original=_stored())])
    ProductFactory(title="No picture yet", categories=[product.get_categories().first()])
    image = get_image_model()(
        title="Logo", file=_stored("original_images/logo.jpg"), width=900, height=600
    )
    get_image_model().objects.bulk_create([image])
    site_logo_set(get_image_model().objects.get())
    out = StringIO()

    call_command("prepare_media", stdout=out)

    assert out.getvalue() == "Pictures prepared: 1 library images, 1 product pictures.\n"
    recording_storage.clear()
    pages_visit(client, shopper_pages(product))
    call_command("prepare_media", verbosity=0)
    assert recording_storage == []


def _stored(name: str = "images/products/teapot.jpg") -> str:
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    return default_storage.save(name, ContentFile(picture()))
