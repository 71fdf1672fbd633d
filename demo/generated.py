"""Generated demo products for larger catalogues (`load_demo --products N`).

Product number i always gets the same title, class, category, attributes, prices and stock
(its own seeded random), and the UPC `LL-GEN-<i>`; so asking for N products again only
inserts the ones that are missing. Rows are inserted with bulk_create in batches."""

import random
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from decimal import Decimal

from django.conf import settings
from django.db import transaction
from django.db.models import Min
from django.utils import timezone
from django.utils.text import slugify
from oscar.apps.catalogue.receivers import refresh_materialized_view
from oscar.core.loading import get_model

from demo.data import COLOUR_RGB, LOW_STOCK_THRESHOLD, PARTNERS
from demo.images import BOOK_COVERS, demo_image_store, picture_colour
from demo.pictures.canvas import RGB
from demo.pictures.scenes import picture_kind, product_picture

Product = get_model("catalogue", "Product")
ProductAttribute = get_model("catalogue", "ProductAttribute")
ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")
ProductCategory = get_model("catalogue", "ProductCategory")
ProductImage = get_model("catalogue", "ProductImage")
StockRecord = get_model("partner", "StockRecord")

GENERATED_UPC_PREFIX = "LL-GEN-"
PARTNER_CODES = tuple(code for code, _name, _email in PARTNERS)
BATCH_SIZE = 1000

ADJECTIVES = (
    "Classic", "Everyday", "Heritage", "Coastal", "Highland", "Workshop", "Harbour", "Meadow",
    "Orchard", "Studio", "Field", "Market", "Cottage", "Northern", "Riverside", "Weekend",
    "Fireside", "Garden", "Modern", "Village",
)  # fmt: skip
# Product class -> (materials, [(noun, category slug), ...], (lowest, highest) price in pounds)
CLASS_WORDS: dict[str, tuple[tuple[str, ...], tuple[tuple[str, str], ...], tuple[int, int]]] = {
    "clothing": (
        ("Cotton", "Linen", "Merino", "Flannel", "Denim", "Corduroy", "Jersey", "Lambswool"),
        (("T-shirt", "t-shirts"), ("Pocket Tee", "t-shirts"), ("Overshirt", "shirts"),
         ("Work Shirt", "shirts"), ("Cardigan", "knitwear"), ("Jumper", "knitwear"),
         ("Scarf", "knitwear")),
        (15, 95),
    ),
    "homeware": (
        ("Linen", "Wool", "Rattan", "Oak", "Brass", "Ceramic", "Jute", "Velvet"),
        (("Pillowcase", "bedding"), ("Blanket", "bedding"), ("Table Lamp", "lighting"),
         ("Lampshade", "lighting"), ("Vase", "decor"), ("Cushion", "decor"), ("Basket", "decor")),
        (10, 160),
    ),
    "kitchenware": (
        ("Stoneware", "Enamel", "Cast-iron", "Copper", "Beech", "Porcelain", "Glass", "Steel"),
        (("Saucepan", "cookware"), ("Frying Pan", "cookware"), ("Serving Bowl", "tableware"),
         ("Side Plate", "tableware"), ("Jug", "tableware"), ("Mug", "coffee-tea"),
         ("Tea Caddy", "coffee-tea")),
        (8, 90),
    ),
    "book": (
        ("Quiet", "Long", "Hidden", "Salt", "Winter", "Painted", "Lost", "Bright"),
        (("Orchard", "fiction"), ("Harbour", "fiction"), ("Kitchen Table", "cookery"),
         ("Larder", "cookery"), ("Workshop", "non-fiction"), ("Hedgerow", "non-fiction")),
        (7, 30),
    ),
}  # fmt: skip
FIRST_NAMES = ("Ada", "Rowan", "Iris", "Tom", "Freya", "Omar", "Nell", "Ravi", "Esme", "Hugh")
LAST_NAMES = ("Marsh", "Okafor", "Lindqvist", "Pell", "Hart", "Byrne", "Sato", "Quinn", "Ward")
SENTENCES = (
    "Made in small batches by people who care how it is made.",
    "Designed to be used every day and to last for years.",
    "A quiet, useful thing that earns its place.",
    "Chosen by our buyers after a season of testing at home.",
    "Simple to look after and better with age.",
    "Packed without plastic and sent out within two working days.",
)


def _numbers_in_batches(numbers: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(numbers), size):
        yield numbers[start : start + size]


def _generated_upc(number: int) -> str:
    return f"{GENERATED_UPC_PREFIX}{number:06d}"


def _price(rng: random.Random, lowest: int, highest: int) -> Decimal:
    return Decimal(f"{rng.randint(lowest, highest)}.{rng.choice(('00', '50', '95', '99'))}")


def _stock_level(rng: random.Random) -> int:
    roll = rng.random()
    if roll < 0.05:
        return 0
    if roll < 0.2:
        return rng.randint(1, LOW_STOCK_THRESHOLD - 1)
    return rng.randint(LOW_STOCK_THRESHOLD, 80)


def _product_plan(*, number: int) -> dict:
    """Everything about generated product `number`, from its own seeded random."""
    rng = random.Random(f"load_demo-generated-{number}")
    class_slug = rng.choice(tuple(CLASS_WORDS))
    materials, nouns, (lowest, highest) = CLASS_WORDS[class_slug]
    material = rng.choice(materials)
    noun, category = rng.choice(nouns)
    adjective = rng.choice(ADJECTIVES)
    colour = rng.choice(tuple(COLOUR_RGB))
    if class_slug == "book":
        title = f"The {material} {noun}"
        if rng.random() < 0.5:
            title += f": {adjective} {rng.choice(('Stories', 'Recipes', 'Notes', 'Seasons'))}"
        attributes = {
            "author": f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
            "pages": rng.randint(120, 480),
        }
    else:
        title = f"{adjective} {material} {noun}"
        attributes = {"material": material}
        if class_slug == "kitchenware":
            attributes["dishwasher_safe"] = rng.random() < 0.6
        else:
            attributes["colour"] = colour
    description = f"{title}. " + " ".join(rng.sample(SENTENCES, 2))
    sellers = rng.sample(PARTNER_CODES, rng.choice((1, 1, 2)))
    price = _price(rng, lowest, highest)
    stock = [
        (seller, price + position, _stock_level(rng)) for position, seller in enumerate(sellers)
    ]
    return {
        "class": class_slug,
        "category": category,
        "title": title,
        "description": description,
        "attributes": attributes,
        "stock": stock,
        "picture": _picture_plan(class_slug=class_slug, title=title, attributes=attributes),
    }


def _picture_plan(*, class_slug: str, title: str, attributes: dict) -> tuple[str, RGB]:
    """The kind and colour a generated product is drawn in; products alike share a picture."""
    book_key = str(sum(map(ord, title)) % len(BOOK_COVERS)) if class_slug == "book" else None
    rgb = picture_colour(
        colour=attributes.get("colour"), material=attributes.get("material"), book_key=book_key
    )
    return picture_kind(title=title, product_class=class_slug), rgb


class _SharedPictures(dict):
    """Front pictures of generated products by (kind, colour), drawn the first time one is
    asked for."""

    def __missing__(self, picture: tuple[str, RGB]) -> str:
        kind, rgb = picture
        name = f"generated-{kind}-{'-'.join(map(str, rgb))}"
        path = demo_image_store(
            name=name, draw=lambda: product_picture(kind=kind, rgb=rgb, view="front", seed=name)
        )
        self[picture] = path
        return path


def _attribute_value(*, attribute, value, structure) -> object:
    row = ProductAttributeValue(attribute=attribute)
    if attribute.type == ProductAttribute.OPTION:
        row.value_option = structure.options[(attribute.option_group.name, value)]
    else:
        setattr(row, f"value_{attribute.type}", value)
    return row


def _batch_insert(
    *,
    numbers: list[int],
    structure,
    partners: dict,
    images: dict,
    attributes: dict,
    dated: datetime,
) -> None:
    plans = {number: _product_plan(number=number) for number in numbers}
    products = [
        Product(
            upc=_generated_upc(number),
            title=plan["title"],
            slug=slugify(plan["title"]),
            description=plan["description"],
            product_class=structure.classes[plan["class"]],
            structure=Product.STANDALONE,
        )
        for number, plan in plans.items()
    ]
    Product.objects.bulk_create(products, batch_size=BATCH_SIZE)
    Product.objects.filter(pk__in=[product.pk for product in products]).update(date_created=dated)
    categories, values, stockrecords, pictures = [], [], [], []
    for product, plan in zip(products, plans.values(), strict=True):
        categories.append(
            ProductCategory(product=product, category=structure.categories[plan["category"]])
        )
        for code, value in plan["attributes"].items():
            row = _attribute_value(
                attribute=attributes[(plan["class"], code)], value=value, structure=structure
            )
            row.product = product
            values.append(row)
        for seller, price, num_in_stock in plan["stock"]:
            stockrecords.append(
                StockRecord(
                    product=product,
                    partner=partners[seller],
                    partner_sku=product.upc,
                    price=price,
                    price_currency=settings.OSCAR_DEFAULT_CURRENCY,
                    num_in_stock=num_in_stock,
                    low_stock_threshold=LOW_STOCK_THRESHOLD,
                )
            )
        pictures.append(
            ProductImage(product=product, original=images[plan["picture"]], caption=plan["title"])
        )
    ProductCategory.objects.bulk_create(categories, batch_size=BATCH_SIZE)
    ProductAttributeValue.objects.bulk_create(values, batch_size=BATCH_SIZE)
    StockRecord.objects.bulk_create(stockrecords, batch_size=BATCH_SIZE)
    ProductImage.objects.bulk_create(pictures, batch_size=BATCH_SIZE)


def _attributes_by_class(structure) -> dict[tuple[str, str], object]:
    attributes = {}
    for slug, product_class in structure.classes.items():
        for attribute in product_class.attributes.select_related("option_group"):
            attributes[(slug, attribute.code)] = attribute
    return attributes


def demo_generated_products_build(
    *,
    count: int,
    structure,
    partners: dict,
    on_progress: Callable[[int], None] | None = None,
) -> int:
    """Make sure generated products 1..count exist, inserting the missing ones in batches
    (one transaction each); returns how many were inserted."""
    existing = set(
        Product.objects.filter(upc__startswith=GENERATED_UPC_PREFIX).values_list("upc", flat=True)
    )
    missing = [n for n in range(1, count + 1) if _generated_upc(n) not in existing]
    if on_progress:
        on_progress(count - len(missing))
    if not missing:
        return 0
    images = _SharedPictures()
    attributes = _attributes_by_class(structure)
    # Listings show the newest first: dating generated products before the hand-written
    # ones keeps the shop front on the products that were written with care.
    oldest = Product.objects.exclude(upc__startswith=GENERATED_UPC_PREFIX).aggregate(
        oldest=Min("date_created")
    )["oldest"]
    dated = (oldest or timezone.now()) - timedelta(days=1)
    for numbers in _numbers_in_batches(missing, BATCH_SIZE):
        with transaction.atomic():
            _batch_insert(
                numbers=numbers,
                structure=structure,
                partners=partners,
                images=images,
                attributes=attributes,
                dated=dated,
            )
        if on_progress:
            on_progress(len(numbers))
    # bulk_create sends no signals, so refresh Oscar's category view once at the end
    # (Oscar's own receiver; it does nothing where the view is not in use).
    refresh_materialized_view(sender=ProductCategory)
    return len(missing)
