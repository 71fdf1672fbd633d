"""Demo pictures in Wagtail's image library (collection "Demo pictures"): the heroes, one
picture per top-level category and a few product pictures, so editors can pick a hero or a
tile picture from the library without uploading anything."""

from dataclasses import dataclass
from io import BytesIO

from django.core.files.images import ImageFile
from django.core.files.storage import default_storage
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.models import Collection

from demo.data import COLOUR_RGB
from demo.images import MATERIAL_RGB
from demo.pictures.canvas import RGB
from demo.pictures.scenes import HERO_SIZE, TILE_SIZE, arrangement_picture

COLLECTION_NAME = "Demo pictures"

Item = tuple[str, RGB]


@dataclass(frozen=True)
class LibraryPicture:
    """A picture to keep in the library: its title, its alt text and what it shows."""

    title: str
    description: str
    items: tuple[Item, ...]
    hangs: bool = False


IRON = MATERIAL_RGB["cast iron"]
STONEWARE = MATERIAL_RGB["stoneware"]

HEROES: dict[str, LibraryPicture] = {
    "home": LibraryPicture(
        "Hero: goods worth keeping",
        "A sunlit table with a folded throw, a glazed vase and a speckled mug",
        (("throw", COLOUR_RGB["Grey"]), ("vase", COLOUR_RGB["Ochre"]), ("mug", STONEWARE)),
    ),
    "seasonal": LibraryPicture(
        "Hero: cook, pour, give",
        "A kitchen table with a cast-iron skillet, a teapot and a stoneware mug",
        (("skillet", IRON), ("teapot", IRON), ("mug", STONEWARE)),
    ),
}

# Top-level category slug (demo/data.py CATEGORIES) -> its tile picture.
CATEGORY_PICTURES: dict[str, LibraryPicture] = {
    "clothing": LibraryPicture(
        "Category: clothing",
        "A striped Breton top, a blue shirt and a grey jumper hanging on a wall",
        (
            ("breton", COLOUR_RGB["Navy"]),
            ("shirt", COLOUR_RGB["Blue"]),
            ("jumper", COLOUR_RGB["Grey"]),
        ),
        hangs=True,
    ),
    "home": LibraryPicture(
        "Category: home",
        "A brass reading lamp, a blue wool cushion and an ochre bud vase",
        (
            ("lamp", COLOUR_RGB["Ochre"]),
            ("cushion", COLOUR_RGB["Blue"]),
            ("vase", COLOUR_RGB["Ochre"]),
        ),
    ),
    "kitchen": LibraryPicture(
        "Category: kitchen",
        "An enamel stock pot, a cast-iron skillet and a speckled mug",
        (("pot", MATERIAL_RGB["enamel"]), ("skillet", IRON), ("mug", STONEWARE)),
    ),
    "books": LibraryPicture(
        "Category: books",
        "Three clothbound books standing side by side",
        (("book", (38, 70, 83)), ("book", (164, 74, 63)), ("book", (233, 196, 106))),
    ),
}

# Product pictures (storage names written by demo.images) also offered in the library.
LIBRARY_PRODUCT_PICTURES: dict[str, str] = {
    "Product: blue Oxford shirt": "images/products/demo/ll-sh-001-blue-front.jpg",
    "Product: red flannel shirt, at home": "images/products/demo/ll-sh-003-red-scene.jpg",
    "Product: brass reading lamp, at home": "images/products/demo/ll-hm-003-ochre-scene.jpg",
    "Product: speckled mug": "images/products/demo/ll-kt-004-front.jpg",
    "Product: cast-iron skillet, at home": "images/products/demo/ll-kt-001-scene.jpg",
    "Product: linen duvet cover": "images/products/demo/ll-hm-001-natural-front.jpg",
}


@dataclass(frozen=True)
class DemoLibrary:
    """The library pictures the demo pages use: heroes by page, tiles by category slug."""

    heroes: dict[str, object]
    categories: dict[str, object]


def demo_collection() -> Collection:
    """The "Demo pictures" collection under the root collection (created when missing)."""
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=COLLECTION_NAME).first()
    return collection or root.add_child(name=COLLECTION_NAME)


def library_image_ensure(*, collection: Collection, title: str, description: str, draw) -> object:
    """The library image titled `title` in `collection`, stored from `draw()` when missing."""
    Image = get_image_model()
    image = Image.objects.filter(collection=collection, title=title).first()
    if image is None:
        image = Image(title=title, description=description, collection=collection)
        image.file = ImageFile(BytesIO(draw()), name=f"{slugify(title)}.jpg")
        image.save()
    return image


def _drawn(picture: LibraryPicture, size: tuple[int, int], *, room_for_words: bool):
    return lambda: arrangement_picture(
        items=picture.items, size=size, hangs=picture.hangs, room_for_words=room_for_words
    )


def _stored(name: str):
    def read() -> bytes:
        with default_storage.open(name, "rb") as stored:
            return stored.read()

    return read


def demo_library_build() -> DemoLibrary:
    """Heroes, category pictures and a few product pictures in the "Demo pictures" collection
    of Wagtail's image library; each is drawn only when the library lacks it."""
    collection = demo_collection()
    heroes = {
        page: library_image_ensure(
            collection=collection,
            title=picture.title,
            description=picture.description,
            draw=_drawn(picture, HERO_SIZE, room_for_words=True),
        )
        for page, picture in HEROES.items()
    }
    categories = {
        slug: library_image_ensure(
            collection=collection,
            title=picture.title,
            description=picture.description,
            draw=_drawn(picture, TILE_SIZE, room_for_words=False),
        )
        for slug, picture in CATEGORY_PICTURES.items()
    }
    for title, name in LIBRARY_PRODUCT_PICTURES.items():
        if default_storage.exists(name):
            library_image_ensure(
                collection=collection,
                title=title,
                description=title.removeprefix("Product: ").capitalize(),
                draw=_stored(name),
            )
    return DemoLibrary(heroes=heroes, categories=categories)
