"""Whole pictures: a product seen from the front, close up, or in a room; heroes; category tiles.

`picture_draw` is the one entry point the demo loader needs: every picture is a function of
its kind, colour and view, so the same arguments always give the same JPEG."""

import re
from collections.abc import Callable
from dataclasses import dataclass

from demo.pictures import clothing, home, kitchen
from demo.pictures.canvas import RGB, Pen, canvas, finish, mix, shade

PRODUCT_SIZE = 800
HERO_SIZE = (1600, 640)
TILE_SIZE = (800, 600)

WALL: RGB = (241, 237, 230)
FLOOR: RGB = (228, 222, 212)
TABLE: RGB = (168, 128, 90)
LEAF: RGB = (92, 128, 84)
TERRACOTTA: RGB = (186, 110, 76)

Drawing = Callable[..., None]


def _garment(**options) -> Drawing:
    return lambda pen, colour, *, seed="": clothing.garment(pen, colour, seed=seed, **options)


@dataclass(frozen=True)
class Kind:
    """How one kind of product is drawn: the drawing, where a close-up looks, how it is shown
    in a room (hung on the wall, or standing on a table)."""

    draw: Drawing
    focus: tuple[float, float] = (0.5, 0.5)
    hangs: bool = False


KINDS: dict[str, Kind] = {
    "tee": Kind(_garment(), focus=(0.5, 0.25), hangs=True),
    "pocket-tee": Kind(_garment(pocket=True), focus=(0.6, 0.35), hangs=True),
    "breton": Kind(_garment(long=True, pattern="stripes"), focus=(0.5, 0.4), hangs=True),
    "shirt": Kind(_garment(long=True, collar=True), focus=(0.5, 0.28), hangs=True),
    "check-shirt": Kind(
        _garment(long=True, collar=True, pattern="check"), focus=(0.5, 0.3), hangs=True
    ),
    "jumper": Kind(_garment(long=True, pattern="knit"), focus=(0.5, 0.25), hangs=True),
    "beanie": Kind(clothing.beanie, focus=(0.5, 0.65)),
    "scarf": Kind(clothing.scarf, focus=(0.5, 0.8)),
    "bed": Kind(home.bed, focus=(0.35, 0.55)),
    "throw": Kind(home.throw, focus=(0.5, 0.6)),
    "lamp": Kind(home.lamp, focus=(0.7, 0.35)),
    "lantern": Kind(home.lantern, focus=(0.5, 0.5), hangs=True),
    "lampshade": Kind(home.lampshade, focus=(0.5, 0.35)),
    "vase": Kind(home.vase, focus=(0.5, 0.75)),
    "cushion": Kind(home.cushion, focus=(0.3, 0.3)),
    "basket": Kind(home.basket, focus=(0.5, 0.5)),
    "book": Kind(home.book, focus=(0.5, 0.4)),
    "skillet": Kind(kitchen.skillet, focus=(0.4, 0.5)),
    "pot": Kind(kitchen.saucepan, focus=(0.5, 0.3)),
    "saucepan": Kind(
        lambda pen, colour, *, seed="": kitchen.saucepan(pen, colour, seed=seed, handles=1),
        focus=(0.5, 0.3),
    ),
    "plate": Kind(kitchen.plate, focus=(0.3, 0.45)),
    "bowl": Kind(
        lambda pen, colour, *, seed="": kitchen.plate(pen, colour, seed=seed, deep=True),
        focus=(0.5, 0.45),
    ),
    "mug": Kind(kitchen.mug, focus=(0.45, 0.4)),
    "dripper": Kind(kitchen.dripper, focus=(0.5, 0.3)),
    "teapot": Kind(kitchen.teapot, focus=(0.5, 0.5)),
    "board": Kind(kitchen.board, focus=(0.4, 0.5)),
    "jug": Kind(kitchen.jug, focus=(0.35, 0.4)),
    "caddy": Kind(kitchen.caddy, focus=(0.5, 0.3)),
}

# Words in a product title that say what it is, checked in this order as whole words (the
# first match wins, so a "Pocket T-shirt" is a pocket tee before it is a tee).
TITLE_KINDS: tuple[tuple[str, str], ...] = (
    ("breton", "breton"),
    ("pocket", "pocket-tee"),
    ("t-shirt", "tee"),
    ("tee", "tee"),
    ("jumper", "jumper"),
    ("cardigan", "jumper"),
    ("beanie", "beanie"),
    ("scarf", "scarf"),
    ("flannel", "check-shirt"),
    ("shirt", "shirt"),
    ("overshirt", "shirt"),
    ("duvet", "bed"),
    ("pillowcase", "cushion"),
    ("throw", "throw"),
    ("blanket", "throw"),
    ("lantern", "lantern"),
    ("lampshade", "lampshade"),
    ("table lamp", "lampshade"),
    ("lamp", "lamp"),
    ("vase", "vase"),
    ("cushion", "cushion"),
    ("basket", "basket"),
    ("skillet", "skillet"),
    ("frying pan", "skillet"),
    ("saucepan", "saucepan"),
    ("pot", "pot"),
    ("plate", "plate"),
    ("bowl", "bowl"),
    ("mug", "mug"),
    ("dripper", "dripper"),
    ("teapot", "teapot"),
    ("board", "board"),
    ("jug", "jug"),
    ("caddy", "caddy"),
)
CLASS_KINDS = {"clothing": "tee", "homeware": "cushion", "kitchenware": "mug", "book": "book"}

VIEWS = ("front", "detail", "scene")


def picture_kind(*, title: str, product_class: str) -> str:
    """The kind of object a product's pictures show, read from its title (books by class)."""
    if product_class == "book":
        return "book"
    lowered = title.lower()
    for word, kind in TITLE_KINDS:
        if re.search(rf"\b{re.escape(word)}\b", lowered):
            return kind
    return CLASS_KINDS.get(product_class, "cushion")


def _backdrop(pen: Pen, *, horizon: float) -> None:
    """A plain studio wall meeting a floor, lit from the upper left."""
    width, height = pen.image.size
    pen.draw.rectangle((0, 0, width, height * horizon), fill=WALL)
    pen.draw.rectangle((0, height * horizon, width, height), fill=FLOOR)
    pen.draw.line((0, height * horizon, width, height * horizon), fill=shade(FLOOR, 0.95), width=3)


def _room(pen: Pen, *, hangs: bool, plant: bool = True) -> None:
    """A corner of a room: a tinted wall, a window of daylight, a table or a peg, a plant."""
    width, height = pen.image.size
    wall = mix(WALL, (200, 210, 196), 0.45)
    pen.draw.rectangle((0, 0, width, height), fill=wall)
    window = (width * 0.06, height * 0.08, width * 0.3, height * 0.5)
    pen.draw.rectangle(window, fill=(250, 250, 246))
    pen.draw.rectangle(window, outline=shade(wall, 0.8), width=round(width * 0.012))
    middle_x, middle_y = (window[0] + window[2]) / 2, (window[1] + window[3]) / 2
    pen.draw.line((middle_x, window[1], middle_x, window[3]), fill=shade(wall, 0.8), width=6)
    pen.draw.line((window[0], middle_y, window[2], middle_y), fill=shade(wall, 0.8), width=6)
    if hangs:
        pen.draw.rectangle((0, height * 0.82, width, height), fill=(196, 168, 132))
        if plant:  # a single garment hangs from a peg
            pen.draw.ellipse((width * 0.48, height * 0.1, width * 0.52, height * 0.14), fill=TABLE)
    else:
        pen.draw.rectangle((0, height * 0.72, width, height), fill=TABLE)
        pen.draw.rectangle((0, height * 0.72, width, height * 0.74), fill=shade(TABLE, 1.15))
    if not plant:
        return
    # The pot stands on the floor (under a hanging garment) or on the table.
    ground = height * (0.84 if hangs else 0.74)
    plant = pen.at(origin=(width * 0.74, ground - width * 0.24 * 0.98), scale=width * 0.24)
    plant.shadow(0.15, 0.9, 0.85, 1.0)
    for angle_x, angle_y in ((0.1, 0.1), (0.5, -0.05), (0.85, 0.15), (0.3, 0.3), (0.7, 0.35)):
        plant.poly([(0.5, 0.6), (angle_x, angle_y), (angle_x + 0.12, angle_y + 0.08)], LEAF)
    plant.poly([(0.25, 0.55), (0.75, 0.55), (0.68, 0.98), (0.32, 0.98)], TERRACOTTA)
    plant.rect(0.22, 0.52, 0.78, 0.6, fill=shade(TERRACOTTA, 0.85))


def product_picture(*, kind: str, rgb: RGB, view: str, seed: str = "") -> bytes:
    """A square JPEG of one object of `kind` in colour `rgb`: `front` (centred on a studio
    backdrop), `detail` (a close-up of the part worth seeing) or `scene` (in a room)."""
    drawing = KINDS[kind]
    image = canvas(PRODUCT_SIZE, PRODUCT_SIZE, WALL)
    pen = Pen(image)
    size = image.width
    if view == "front":
        _backdrop(pen, horizon=0.72)
        drawing.draw(pen.at(origin=(size * 0.1, size * 0.08), scale=size * 0.8), rgb, seed=seed)
    elif view == "detail":
        _backdrop(pen, horizon=0.72)
        scale = size * 1.7
        focus_x, focus_y = drawing.focus
        origin = (size / 2 - focus_x * scale, size / 2 - focus_y * scale)
        drawing.draw(pen.at(origin=origin, scale=scale), rgb, seed=seed)
    elif view == "scene":
        _room(pen, hangs=drawing.hangs)
        if drawing.hangs:
            pen.line([(0.5, 0.12), (0.4, 0.22), (0.6, 0.22), (0.5, 0.12)], fill=TABLE, width=0.006)
            drawing.draw(
                pen.at(origin=(size * 0.22, size * 0.13), scale=size * 0.56), rgb, seed=seed
            )
        else:
            drawing.draw(pen.at(origin=(size * 0.24, size * 0.3), scale=size * 0.5), rgb, seed=seed)
    else:
        raise ValueError(f"Unknown view {view!r}: choose one of {', '.join(VIEWS)}.")
    return finish(image)


def arrangement_picture(
    *,
    items: tuple[tuple[str, RGB], ...],
    size: tuple[int, int],
    hangs: bool = False,
    room_for_words: bool = True,
) -> bytes:
    """A wide picture of several objects side by side in a room: heroes (the objects keep to
    the right, leaving room for the heading) and category tiles (`room_for_words=False`)."""
    image = canvas(*size, WALL)
    pen = Pen(image)
    _room(pen, hangs=hangs, plant=False)
    width, height = image.size
    start, share, tallest = (0.34, 0.62, 0.62) if room_for_words else (0.05, 0.9, 0.8)
    slot = width * share / len(items)
    scale = min(slot * 1.1, height * tallest)
    left = width * start + (slot - scale) / 2
    floor = height * (0.96 if hangs else 0.88)
    for index, (kind, rgb) in enumerate(items):
        origin = (left + index * slot, floor - scale)
        KINDS[kind].draw(pen.at(origin=origin, scale=scale), rgb, seed=f"{kind}-{index}")
    return finish(image)
