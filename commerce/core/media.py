"""Pictures are prepared once, where they are uploaded, never in a shopper's request.

THE list of every Wagtail rendition and every product thumbnail the site shows lives here;
`tests/commerce/core/test_media_specs.py` reads the templates and fails when one asks for a size
missing below. Each upload (Wagtail's image library, product pictures from the dashboard, the
API, the sellers' screens) prepares them all once its transaction commits, and
`manage.py prepare_media` prepares whatever is missing (media from before, or a size added
here). A page view then finds each one in Wagtail's rendition rows and sorl-thumbnail's
key-value store: it never opens an original nor asks the storage about a file."""

import logging
from dataclasses import dataclass

from django.contrib.staticfiles import finders
from django.core.files import File
from django.core.files.storage import default_storage
from oscar.core.loading import get_model
from oscar.core.thumbnails import get_thumbnailer
from wagtail.images import get_image_model

logger = logging.getLogger(__name__)

# Wagtail filter specs ({% image %}, {% srcset_image %} and get_rendition calls).
WAGTAIL_FILTER_SPECS: tuple[str, ...] = (
    "height-40",  # templates/includes/header.html: the shop's logo
    "width-960",  # templates/blocks/image_with_caption.html
    "fill-800x320-c60",  # templates/blocks/hero.html: fill-{800x320,1200x480,1600x640}-c60
    "fill-1200x480-c60",
    "fill-1600x640-c60",
    "fill-400x300-c50",  # templates/blocks/category_tiles.html: fill-{400x300,800x600}-c50
    "fill-800x600-c50",
    "fill-1200x630",  # cms/core/templatetags/site_tags.py: the share picture (og:image)
    "max-400x400",  # cms/core/templatetags/site_tags.py: the logo in the Organization JSON-LD
    "max-165x165",  # Wagtail's admin: the image library and choosers
    "max-800x600",  # Wagtail's admin: an image's edit screen
)

# Oscar thumbnails ({% oscar_thumbnail original "<size>" <options> %}): size and options exactly
# as the templates write them, since sorl names a thumbnail after both.
_NO_UPSCALE = {"upscale": False}
# The sizes the code asks for by name (`product_picture_url`): the product page's picture in the
# variant picker (the size of Oscar's gallery), and its share picture (og:image, schema.org).
PRODUCT_PAGE_PICTURE: tuple[str, dict] = ("440x400", _NO_UPSCALE)
PRODUCT_SHARE_PICTURE: tuple[str, dict] = ("1200x630", {"crop": "center", "upscale": False})
PRODUCT_THUMBNAILS: tuple[tuple[str, dict], ...] = (
    ("400x400", _NO_UPSCALE),  # templates/includes/product_card_fragment.html
    ("128x128", _NO_UPSCALE),  # templates/includes/basket_drawer.html
    # templates/oscar/basket/partials/basket_content.html; Oscar's checkout, basket_quick and
    # wishlists_detail
    ("100x100", _NO_UPSCALE),
    # Oscar's catalogue/partials/gallery.html (a standalone product); the variant picker
    PRODUCT_PAGE_PICTURE,
    ("65x55", {"crop": "center"}),  # Oscar's catalogue/partials/gallery.html: the thumbnails
    ("x155", _NO_UPSCALE),  # Oscar's catalogue/reviews/review_product.html
    ("60x60", _NO_UPSCALE),  # templates/cms_core/chooser/product_image_cell.html
    ("70x70", _NO_UPSCALE),  # Oscar's dashboard: the product list
    ("200x200", _NO_UPSCALE),  # Oscar's dashboard: the product form's picture fields
    PRODUCT_SHARE_PICTURE,  # cms/core/templatetags/site_tags.py: og:image, schema.org's image
)


@dataclass(frozen=True)
class MediaPrepared:
    images: int
    product_pictures: int


def image_renditions_prepare(*, image) -> None:
    """Make every WAGTAIL_FILTER_SPECS rendition of a Wagtail image not made yet (the original
    is opened once for all of them, and not at all when none is missing)."""
    image.get_renditions(*WAGTAIL_FILTER_SPECS)


def product_thumbnails_prepare(*, source) -> None:
    """Make every PRODUCT_THUMBNAILS thumbnail of a product picture (a ProductImage's
    `original`, or Oscar's missing-image picture) not made yet."""
    thumbnailer = get_thumbnailer()
    for size, options in PRODUCT_THUMBNAILS:
        thumbnailer.generate_thumbnail(source, size=size, **options)


def product_picture_url(*, image, thumbnail: tuple[str, dict]) -> str:
    """The URL of a prepared `thumbnail` (a PRODUCT_THUMBNAILS entry) of a product picture: a
    ProductImage, or Oscar's missing-image dict; "" when it cannot be made (logged, as Oscar's
    `oscar_thumbnail` tag does)."""
    source = image["original"] if isinstance(image, dict) else image.original
    size, options = thumbnail
    try:
        return get_thumbnailer().generate_thumbnail(source, size=size, **options).url
    except Exception:
        logger.exception("Cannot make the %s thumbnail of %s", size, source)
        return ""


def missing_image_store():
    """Oscar's missing-image picture, stored in the media storage (Oscar itself only links it
    into a local MEDIA_ROOT, which a bucket does not see); the MissingProductImage."""
    from oscar.apps.catalogue.abstract_models import MissingProductImage

    missing = MissingProductImage()
    if not default_storage.exists(missing.name):
        with open(finders.find(f"oscar/img/{missing.name}"), "rb") as picture:
            default_storage.save(missing.name, File(picture))
    return missing


def media_prepare_all() -> MediaPrepared:
    """Prepare every rendition and thumbnail that is missing, for all media already stored (a
    picture shared by several products is prepared once)."""
    images = get_image_model().objects.prefetch_renditions(*WAGTAIL_FILTER_SPECS)
    for image in images.iterator(chunk_size=100):
        try:
            image_renditions_prepare(image=image)
        except Exception:
            # One unreadable original (say, gone from the storage) must not stop the rest.
            logger.exception("Cannot prepare the renditions of image %s", image.pk)
    product_thumbnails_prepare(source=missing_image_store())
    ProductImage = get_model("catalogue", "ProductImage")
    names = ProductImage.objects.exclude(original="").values_list("original", flat=True)
    names = sorted(set(names))
    for name in names:
        # A field file of the model's own field: sorl keys thumbnails by the source's storage.
        product_thumbnails_prepare(source=ProductImage(original=name).original)
    return MediaPrepared(images=images.count(), product_pictures=len(names))
