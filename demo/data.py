"""The hand-written demo catalogue: categories, product classes, sellers and products.

Plain data only, so that changing the demo shop means editing this file, not the builders.
Identities are stable codes (category `code`, product `upc`, partner `code`), which is what
makes `load_demo` idempotent.
"""

from dataclasses import dataclass, field
from decimal import Decimal

HOUSE_PARTNER = "house"

# (partner code, partner name or None for the shop's own name, demo user email or None)
PARTNERS: tuple[tuple[str, str | None, str | None], ...] = (
    (HOUSE_PARTNER, None, None),
    ("seller-one", "Seller One", "seller1@example.com"),
    ("seller-two", "Seller Two", "seller2@example.com"),
)

# Two levels: top-level slug -> (name, [(child slug, child name), ...]).
CATEGORIES: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "clothing": (
        "Clothing",
        [("t-shirts", "T-shirts"), ("shirts", "Shirts"), ("knitwear", "Knitwear")],
    ),
    "home": (
        "Home & living",
        [("bedding", "Bedding"), ("lighting", "Lighting"), ("decor", "Decor")],
    ),
    "kitchen": (
        "Kitchen",
        [("cookware", "Cookware"), ("tableware", "Tableware"), ("coffee-tea", "Coffee & tea")],
    ),
    "books": (
        "Books",
        [("fiction", "Fiction"), ("cookery", "Cookery"), ("non-fiction", "Non-fiction")],
    ),
}

OPTION_GROUPS: dict[str, tuple[str, ...]] = {
    "Colour": ("Red", "Blue", "Black", "White", "Navy", "Green", "Grey", "Natural", "Ochre"),
    "Size": ("XS", "S", "M", "L", "XL"),
}

# Colours used to paint product images, by colour option.
COLOUR_RGB: dict[str, tuple[int, int, int]] = {
    "Red": (192, 57, 43),
    "Blue": (41, 98, 170),
    "Black": (33, 33, 33),
    "White": (236, 236, 230),
    "Navy": (31, 45, 84),
    "Green": (46, 125, 80),
    "Grey": (128, 132, 135),
    "Natural": (222, 205, 170),
    "Ochre": (204, 142, 53),
}


@dataclass(frozen=True)
class AttributeSpec:
    code: str
    name: str
    type: str  # an Oscar ProductAttribute type: "option", "text", "integer", "boolean"
    option_group: str | None = None


# Product class slug -> (name, attributes).
PRODUCT_CLASSES: dict[str, tuple[str, tuple[AttributeSpec, ...]]] = {
    "clothing": (
        "Clothing",
        (
            AttributeSpec("colour", "Colour", "option", "Colour"),
            AttributeSpec("size", "Size", "option", "Size"),
            AttributeSpec("material", "Material", "text"),
        ),
    ),
    "homeware": (
        "Homeware",
        (
            AttributeSpec("colour", "Colour", "option", "Colour"),
            AttributeSpec("material", "Material", "text"),
        ),
    ),
    "kitchenware": (
        "Kitchenware",
        (
            AttributeSpec("material", "Material", "text"),
            AttributeSpec("dishwasher_safe", "Dishwasher safe", "boolean"),
        ),
    ),
    "book": (
        "Book",
        (
            AttributeSpec("author", "Author", "text"),
            AttributeSpec("pages", "Pages", "integer"),
        ),
    ),
}


@dataclass(frozen=True)
class DemoProduct:
    """One browsable product. With `colours`/`sizes` it becomes a parent with one child per pair."""

    upc: str
    title: str
    product_class: str
    category: str
    price: Decimal
    description: str
    sellers: tuple[str, ...] = (HOUSE_PARTNER,)
    stock: int = 25
    attributes: dict[str, object] = field(default_factory=dict)
    colours: tuple[str, ...] = ()
    sizes: tuple[str, ...] = ()

    @property
    def has_variants(self) -> bool:
        return bool(self.colours or self.sizes)


LOW_STOCK_THRESHOLD = 5

# fmt: off
PRODUCTS: tuple[DemoProduct, ...] = (
    # ---------------------------------------------------------------- clothing (with variants)
    DemoProduct(
        "LL-TS-001", "Organic Cotton Crew T-shirt", "clothing", "t-shirts", Decimal("22.00"),
        "A soft, mid-weight crew neck in GOTS-certified organic cotton. Cut straight, "
        "washes well and keeps its shape.",
        sellers=("seller-one",), attributes={"material": "Organic cotton"},
        colours=("Red", "Blue", "Black", "White"), sizes=("S", "M", "L"),
    ),
    DemoProduct(
        "LL-TS-002", "Heavyweight Pocket T-shirt", "clothing", "t-shirts", Decimal("28.00"),
        "A boxy 240 gsm tee with a chest pocket, garment-dyed for a lived-in colour.",
        attributes={"material": "Cotton jersey"},
        colours=("Black", "White", "Navy"), sizes=("S", "M", "L", "XL"),
    ),
    DemoProduct(
        "LL-TS-003", "Striped Breton T-shirt", "clothing", "t-shirts", Decimal("32.00"),
        "The classic long-sleeved Breton stripe in a dense cotton knit.",
        sellers=("seller-one",), attributes={"material": "Cotton"},
        colours=("Navy", "Red"), sizes=("XS", "S", "M", "L"),
    ),
    DemoProduct(
        "LL-SH-001", "Oxford Button-down Shirt", "clothing", "shirts", Decimal("55.00"),
        "A proper Oxford cloth button-down with a soft roll to the collar. Smart enough for "
        "work, easy enough for weekends.",
        attributes={"material": "Oxford cotton"},
        colours=("Blue", "White"), sizes=("S", "M", "L", "XL"),
    ),
    DemoProduct(
        "LL-SH-002", "Linen Camp-collar Shirt", "clothing", "shirts", Decimal("60.00"),
        "Short sleeves, a relaxed camp collar and washed European linen for hot days.",
        sellers=("seller-one",), attributes={"material": "Linen"},
        colours=("White", "Natural", "Black"), sizes=("S", "M", "L"),
    ),
    DemoProduct(
        "LL-SH-003", "Brushed Flannel Check Shirt", "clothing", "shirts", Decimal("48.00"),
        "A warm, brushed cotton flannel in a bold check, with a spare button inside.",
        sellers=("seller-two",), attributes={"material": "Brushed cotton"},
        colours=("Red", "Green"), sizes=("M", "L", "XL"),
    ),
    # ---------------------------------------------------------------- clothing (standalone)
    DemoProduct(
        "LL-KN-001", "Merino Crew-neck Jumper", "clothing", "knitwear", Decimal("85.00"),
        "Fine-gauge extra-fine merino that layers under a coat and never itches.",
        sellers=("house", "seller-one", "seller-two"),
        attributes={"colour": "Grey", "material": "Merino wool"},
    ),
    DemoProduct(
        "LL-KN-002", "Fisherman Rib Beanie", "clothing", "knitwear", Decimal("18.00"),
        "A chunky rib beanie knitted in Scotland from lambswool.",
        sellers=("seller-one",), stock=3, attributes={"colour": "Ochre", "material": "Lambswool"},
    ),
    # ---------------------------------------------------------------- home
    DemoProduct(
        "LL-HM-001", "Stonewashed Linen Duvet Cover", "homeware", "bedding", Decimal("120.00"),
        "Heavy, stonewashed linen that gets softer with every wash. Double size, button fastening.",
        attributes={"colour": "Natural", "material": "Linen"},
    ),
    DemoProduct(
        "LL-HM-002", "Waffle Cotton Throw", "homeware", "bedding", Decimal("65.00"),
        "A deep waffle weave throw for the end of the bed or the back of the sofa.",
        sellers=("seller-two",), attributes={"colour": "Grey", "material": "Cotton"},
    ),
    DemoProduct(
        "LL-HM-003", "Brass Reading Lamp", "homeware", "lighting", Decimal("95.00"),
        "An adjustable desk lamp in solid brass that will age to a warm patina.",
        stock=2, attributes={"colour": "Ochre", "material": "Brass"},
    ),
    DemoProduct(
        "LL-HM-004", "Paper Lantern Pendant", "homeware", "lighting", Decimal("38.00"),
        "A large round rice-paper shade that throws a soft, even light.",
        sellers=("seller-two",), attributes={"colour": "White", "material": "Rice paper"},
    ),
    DemoProduct(
        "LL-HM-005", "Hand-thrown Bud Vase", "homeware", "decor", Decimal("24.00"),
        "Thrown by hand in a small Devon studio; no two glazes are quite alike.",
        sellers=("seller-two", "house"), attributes={"colour": "Ochre", "material": "Stoneware"},
    ),
    DemoProduct(
        "LL-HM-006", "Wool Felt Cushion Cover", "homeware", "decor", Decimal("29.00"),
        "A dense boiled-wool cover with a hidden zip. Cushion pad not included.",
        stock=0, attributes={"colour": "Blue", "material": "Boiled wool"},
    ),
    # ---------------------------------------------------------------- kitchen
    DemoProduct(
        "LL-KT-001", "Cast-iron Skillet, 26 cm", "kitchenware", "cookware", Decimal("45.00"),
        "Pre-seasoned cast iron that goes from hob to oven to table, and lasts a lifetime.",
        sellers=("house", "seller-one"),
        attributes={"material": "Cast iron", "dishwasher_safe": False},
    ),
    DemoProduct(
        "LL-KT-002", "Enamel Stock Pot, 5 L", "kitchenware", "cookware", Decimal("58.00"),
        "A lightweight enamelled steel pot for stocks, soups and pasta.",
        sellers=("seller-one",),
        attributes={"material": "Enamelled steel", "dishwasher_safe": True},
    ),
    DemoProduct(
        "LL-KT-003", "Stoneware Dinner Plate", "kitchenware", "tableware", Decimal("14.00"),
        "A wide-rimmed 27 cm plate with a satin glaze, chip resistant and oven safe.",
        attributes={"material": "Stoneware", "dishwasher_safe": True},
    ),
    DemoProduct(
        "LL-KT-004", "Speckled Stoneware Mug", "kitchenware", "tableware", Decimal("12.00"),
        "A generous 350 ml mug with a speckled oatmeal glaze and a thumb-friendly handle.",
        sellers=("seller-two",), attributes={"material": "Stoneware", "dishwasher_safe": True},
    ),
    DemoProduct(
        "LL-KT-005", "Pour-over Coffee Dripper", "kitchenware", "coffee-tea", Decimal("26.00"),
        "A porcelain cone dripper for one or two cups; takes standard size 02 filters.",
        stock=4, attributes={"material": "Porcelain", "dishwasher_safe": True},
    ),
    DemoProduct(
        "LL-KT-006", "Cast-iron Teapot", "kitchenware", "coffee-tea", Decimal("48.00"),
        "A Japanese-style tetsubin with an enamelled interior and a stainless steel infuser.",
        sellers=("seller-two",), attributes={"material": "Cast iron", "dishwasher_safe": False},
    ),
    DemoProduct(
        "LL-KT-007", "Olive Wood Chopping Board", "kitchenware", "tableware", Decimal("34.00"),
        "Cut from a single piece of olive wood; serve bread and cheese straight from it.",
        attributes={"material": "Olive wood", "dishwasher_safe": False},
    ),
    # ---------------------------------------------------------------- books
    DemoProduct(
        "LL-BK-001", "The Slow Harvest", "book", "fiction", Decimal("9.99"),
        "A family saga across three summers on a failing Kentish orchard.",
        sellers=("house", "seller-two", "seller-one"),
        attributes={"author": "Maren Holt", "pages": 312},
    ),
    DemoProduct(
        "LL-BK-002", "Salt Roads", "book", "fiction", Decimal("8.99"),
        "Two strangers walk the old salt paths of Cheshire and find more than they bargained for.",
        sellers=("seller-two",), attributes={"author": "Idris Calloway", "pages": 288},
    ),
    DemoProduct(
        "LL-BK-003", "Bread Every Day", "book", "cookery", Decimal("22.00"),
        "Sourdough, flatbreads and quick loaves that fit around a working week.",
        attributes={"author": "Annika Sorensen", "pages": 224},
    ),
    DemoProduct(
        "LL-BK-004", "One-Pan Suppers", "book", "cookery", Decimal("18.00"),
        "Eighty weeknight dinners, one pan each, most of them under forty minutes.",
        sellers=("house", "seller-one"), attributes={"author": "Theo Marsh", "pages": 192},
    ),
    DemoProduct(
        "LL-BK-005", "A Short History of Linen", "book", "non-fiction", Decimal("16.99"),
        "From Egyptian tombs to Belfast mills: the story of the world's oldest textile.",
        sellers=("seller-one",), attributes={"author": "Ruth Okafor", "pages": 256},
    ),
    DemoProduct(
        "LL-BK-006", "Making Things Last", "book", "non-fiction", Decimal("14.99"),
        "A practical guide to mending, maintaining and choosing things that endure.",
        attributes={"author": "Jonas Pell", "pages": 208},
    ),
)
# fmt: on

# Which category each product class's generated products go to.
CLASS_CATEGORIES: dict[str, tuple[str, ...]] = {
    "clothing": ("t-shirts", "shirts", "knitwear"),
    "homeware": ("bedding", "lighting", "decor"),
    "kitchenware": ("cookware", "tableware", "coffee-tea"),
    "book": ("fiction", "cookery", "non-fiction"),
}
