"""The shopper's listing request, parsed from GET parameters: unknown or malformed values are
dropped here, so a bad link narrows nothing instead of failing."""

import re
from dataclasses import dataclass, field
from decimal import Decimal

from django.http import QueryDict

MAX_QUERY_LENGTH = 200
MAX_VALUES_PER_FILTER = 20
ATTRIBUTE_PREFIX = "attr_"

# Sort keys shown to shoppers; "relevance" only applies while searching.
SORT_CHOICES = {
    "relevance": "Relevance",
    "newest": "Newest",
    "price-asc": "Price: low to high",
    "price-desc": "Price: high to low",
    "rating": "Top rated",
}


@dataclass(frozen=True)
class PriceBand:
    key: str
    label: str
    low: Decimal | None
    high: Decimal | None  # exclusive


# Contiguous and ascending (listing_counts relies on it); each band excludes its upper bound.
PRICE_BANDS = (
    PriceBand("0-25", "Under £25", None, Decimal(25)),
    PriceBand("25-50", "£25 to £50", Decimal(25), Decimal(50)),
    PriceBand("50-100", "£50 to £100", Decimal(50), Decimal(100)),
    PriceBand("100-", "£100 and over", Decimal(100), None),
)
PRICE_BANDS_BY_KEY = {band.key: band for band in PRICE_BANDS}

# Characters PostgreSQL refuses in text (NUL) and other controls are noise in a search box.
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SLUG = re.compile(r"^[-\w]{1,128}$")


@dataclass(frozen=True)
class ListingParams:
    """What the shopper asked for: a search query, facet selections and a sort order."""

    query: str = ""
    category_ids: tuple[int, ...] = ()
    price_bands: tuple[str, ...] = ()
    sellers: tuple[str, ...] = ()
    in_stock: bool = False
    attributes: tuple[tuple[str, tuple[str, ...]], ...] = field(default=())
    sort: str = ""

    @property
    def attribute_map(self) -> dict[str, tuple[str, ...]]:
        return dict(self.attributes)

    @property
    def has_filters(self) -> bool:
        return bool(
            self.category_ids
            or self.price_bands
            or self.sellers
            or self.in_stock
            or self.attributes
        )

    def effective_sort(self) -> str:
        if self.sort == "relevance" and not self.query:
            return "newest"
        return self.sort or ("relevance" if self.query else "newest")


def clean_query(raw: str) -> str:
    """The search text a shopper typed, without control characters, capped in length."""
    text = _CONTROL_CHARACTERS.sub(" ", raw or "")
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def _distinct(values) -> tuple:
    return tuple(dict.fromkeys(values))[:MAX_VALUES_PER_FILTER]


def listing_params_from_get(*, data: QueryDict) -> ListingParams:
    """Parse GET parameters into ListingParams, ignoring whatever is unknown or malformed."""
    category_ids = _distinct(
        int(v) for v in data.getlist("category") if v.isascii() and v.isdigit() and len(v) < 10
    )
    price_bands = _distinct(v for v in data.getlist("price") if v in PRICE_BANDS_BY_KEY)
    sellers = _distinct(v for v in data.getlist("seller") if _SLUG.match(v))
    attributes = []
    for key in sorted(data.keys()):
        code = key[len(ATTRIBUTE_PREFIX) :]
        if key.startswith(ATTRIBUTE_PREFIX) and _SLUG.match(code):
            values = _distinct(
                clean_query(v) for v in data.getlist(key) if clean_query(v) and len(v) <= 255
            )
            if values:
                attributes.append((code, values))
    sort = data.get("sort", "")
    return ListingParams(
        query=clean_query(data.get("q", "")),
        category_ids=category_ids,
        price_bands=price_bands,
        sellers=sellers,
        in_stock=data.get("in_stock") in ("1", "on", "true", "yes"),
        attributes=tuple(attributes[:MAX_VALUES_PER_FILTER]),
        sort=sort if sort in SORT_CHOICES else "",
    )
