"""StreamField blocks editors place on pages; shop blocks read live prices at render time."""

from django.core.exceptions import ValidationError
from django.db.models import Prefetch, prefetch_related_objects
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock

from cms.core.choosers import (
    category_chooser_viewset,
    offer_chooser_viewset,
    product_chooser_viewset,
)
from cms.core.selectors.shop_cards import category_tiles, chosen_product_cards, offer_cards

ProductChooserBlock = product_chooser_viewset.get_block_class(
    name="ProductChooserBlock", module_path="cms.core.blocks"
)
CategoryChooserBlock = category_chooser_viewset.get_block_class(
    name="CategoryChooserBlock", module_path="cms.core.blocks"
)
OfferChooserBlock = offer_chooser_viewset.get_block_class(
    name="OfferChooserBlock", module_path="cms.core.blocks"
)

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul", "hr"]

# The sizes templates/blocks/hero.html and category_tiles.html ask for (srcset_image).
HERO_SPECS = ("fill-800x320-c60", "fill-1200x480-c60", "fill-1600x640-c60")
TILE_SPECS = ("fill-400x300-c50", "fill-800x600-c50")


def renditions_loaded(images, specs) -> None:
    """Load the `specs` renditions of library `images` in one query, where Wagtail's
    `get_renditions` looks first: without it, each image asks the cache and then writes
    what it found back to it, on every view (a file written per picture per request)."""
    images = [image for image in images if image is not None]
    if not images:
        return
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=specs)
    prefetch_related_objects(images, Prefetch("renditions", queryset=renditions))


def link_address_validate(value: str) -> None:
    """Addresses in blocks are site paths or web links, so nothing else (javascript:) gets in."""
    if value and not (
        (value.startswith("/") and not value.startswith("//"))
        or value.startswith(("https://", "http://"))
    ):
        raise ValidationError("Enter a path such as /shop/catalogue/ or an https:// address.")


class LinkAddressBlock(blocks.CharBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("max_length", 255)
        super().__init__(validators=[link_address_validate], **kwargs)


class HeroBlock(blocks.StructBlock):
    image = ImageChooserBlock(required=False)
    heading = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock(required=False)
    cta_label = blocks.CharBlock(required=False, max_length=60, label="Button label")
    cta_page = blocks.PageChooserBlock(required=False, label="Button page")
    cta_url = LinkAddressBlock(label="Button address", help_text="Used when no page is chosen.")

    class Meta:
        icon = "pick"
        template = "blocks/hero.html"

    def get_context(self, value, parent_context=None):
        renditions_loaded([value["image"]], HERO_SPECS)
        return super().get_context(value, parent_context)


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    caption = blocks.CharBlock(required=False)

    class Meta:
        icon = "image"
        template = "blocks/image_with_caption.html"


class ProductGridBlock(blocks.StructBlock):
    """Products chosen by the editor, shown with the shop's current price and stock."""

    heading = blocks.CharBlock(required=False, max_length=120)
    products = blocks.ListBlock(ProductChooserBlock(), min_num=1)

    class Meta:
        icon = "tag"
        template = "blocks/product_grid.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        request = (parent_context or {}).get("request")
        product_ids = [product.pk for product in value["products"] if product is not None]
        context["cards"] = chosen_product_cards(product_ids=product_ids, request=request)
        return context


class CategoryTileBlock(blocks.StructBlock):
    """One tile: a category and, optionally, a picture from the image library."""

    category = CategoryChooserBlock()
    image = ImageChooserBlock(required=False, help_text="Shown on the tile; optional.")


class CategoryTilesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120)
    categories = blocks.ListBlock(CategoryTileBlock(), min_num=1)

    class Meta:
        icon = "folder-open-inverse"
        template = "blocks/category_tiles.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        chosen = [tile for tile in value["categories"] if tile["category"] is not None]
        renditions_loaded([tile["image"] for tile in chosen], TILE_SPECS)
        context["tiles"] = category_tiles(
            category_ids=[tile["category"].pk for tile in chosen],
            pictures={tile["category"].pk: tile["image"] for tile in chosen if tile["image"]},
        )
        return context


class OfferBlock(blocks.StructBlock):
    """The products of an Oscar offer's range with the discounted price the offer gives."""

    heading = blocks.CharBlock(required=False, max_length=120)
    offer = OfferChooserBlock()
    limit = blocks.IntegerBlock(default=8, min_value=1, max_value=24)

    class Meta:
        icon = "pick"
        template = "blocks/offer.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        request = (parent_context or {}).get("request")
        offer = value["offer"]
        context["cards"] = (
            offer_cards(offer=offer, limit=value["limit"], request=request) if offer else []
        )
        return context


class FaqItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=200)
    answer = blocks.RichTextBlock(features=["bold", "italic", "link", "ol", "ul"])


class FaqBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120)
    items = blocks.ListBlock(FaqItemBlock(), min_num=1)

    class Meta:
        icon = "help"
        template = "blocks/faq.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(help_text="A YouTube or Vimeo address.")
    caption = blocks.CharBlock(required=False)

    class Meta:
        icon = "media"
        template = "blocks/video.html"


class CtaBannerBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock(required=False)
    button_label = blocks.CharBlock(max_length=60)
    button_page = blocks.PageChooserBlock(required=False)
    button_url = LinkAddressBlock(help_text="Used when no page is chosen.")

    class Meta:
        icon = "bullhorn"
        template = "blocks/cta_banner.html"


class BodyBlock(blocks.StreamBlock):
    hero = HeroBlock()
    heading = blocks.CharBlock(form_classname="title", template="blocks/heading.html")
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, template="blocks/paragraph.html")
    image = ImageWithCaptionBlock()
    product_grid = ProductGridBlock()
    category_tiles = CategoryTilesBlock()
    offer = OfferBlock()
    faq = FaqBlock()
    video = VideoBlock()
    cta_banner = CtaBannerBlock()
