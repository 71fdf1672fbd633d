"""The one pricing rule of the marketplace: which offer of a product a shopper sees first.

A product may be offered by several sellers, one Oscar stock record each. An offer is *on
sale* when it has a price and its partner is the shop itself (a partner with no seller
profile) or an approved seller; a suspended, refused or applying seller's offers are not sold.
Among the offers on sale, the one shown first is:

    in stock first, then the lowest price, then the oldest offer (lowest id)

A parent product is shown at its best variant's best offer ("from £X").

The rule exists twice, once per language, side by side in this module and tested to agree:
`offer_rank` for Python (Oscar's strategy, commerce.partner.strategy, which prices product
pages, cards, baskets and checkout) and `products_with_offer` for SQL (CMS blocks, and the
catalogue listing table commerce.search.models.ListedProduct, which stores its results).
Listings, facets, sorting and the API read those stored results through
`products_with_listed_offer`. Everything else uses one of these.
"""

from decimal import Decimal

from django.db.models import (
    Case,
    Exists,
    F,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from oscar.core.loading import get_model

from commerce.sellers.models import SellerStatus

Partner = get_model("partner", "Partner")
StockRecord = get_model("partner", "StockRecord")

SELLING = Q(seller__isnull=True) | Q(seller__status=SellerStatus.APPROVED)


def partners_selling() -> QuerySet:
    """Partners whose offers are sold now: the shop's own (no seller profile) and approved
    sellers'."""
    return Partner.objects.filter(SELLING)


def offers_on_sale(records: QuerySet | None = None) -> QuerySet:
    """Stock records that may be sold now (priced, from the shop or an approved seller)."""
    records = StockRecord.objects.all() if records is None else records
    # An uncorrelated IN (...): PostgreSQL reads the few selling partners once per query.
    return records.filter(price__isnull=False, partner__in=partners_selling().values("pk"))


def offers_prefetch(lookup: str = "stockrecords") -> Prefetch:
    """Prefetch of a product's offers with what the strategy reads (partner and seller)."""
    return Prefetch(lookup, queryset=StockRecord.objects.select_related("partner__seller"))


def offer_is_on_sale(record) -> bool:
    """Python twin of offers_on_sale; reads `record.partner.seller` (select_related it)."""
    if record is None or record.price is None:
        return False
    seller = getattr(record.partner, "seller", None)
    return seller is None or seller.status == SellerStatus.APPROVED


def offer_in_stock(record) -> bool:
    """Whether the offer can be bought now (Oscar's StockRequired rule)."""
    if not record.product.get_product_class().track_stock:
        return True
    return (record.net_stock_level or 0) > 0


def offer_rank(record) -> tuple[bool, Decimal, int]:
    """Sort key of an offer on sale: in stock first, then cheapest, then oldest."""
    return (not offer_in_stock(record), record.price, record.pk)


def best_offer(records):
    """The offer a shopper sees first among `records`, or None if none is on sale."""
    on_sale = [r for r in records if offer_is_on_sale(r)]
    return min(on_sale, key=offer_rank, default=None)


# Whether the product annotated tracks stock (a variant's class is its parent's). When it does
# not, every offer counts as in stock. Decided on the product row, so that ranking its offers
# reads nothing but the stock records (and runs the same on PostgreSQL and SQLite).
_UNTRACKED = Q(product_class__track_stock=False) | Q(parent__product_class__track_stock=False)
_NET_STOCK_LEFT = Q(num_in_stock__gt=Coalesce(F("num_allocated"), 0))


def _ranked(records: QuerySet, *, tracks_stock: bool) -> QuerySet:
    records = offers_on_sale(records)
    if not tracks_stock:
        return records.annotate(offer_in_stock=Value(True)).order_by("price", "pk")
    in_stock = Case(When(_NET_STOCK_LEFT, then=Value(True)), default=Value(False))
    return records.annotate(offer_in_stock=in_stock).order_by("-offer_in_stock", "price", "pk")


def _best(field: str) -> Case:
    def first(records: QuerySet, *, tracks_stock: bool) -> Subquery:
        return Subquery(_ranked(records, tracks_stock=tracks_stock).values(field)[:1])

    own = StockRecord.objects.filter(product=OuterRef("pk"))
    variants = StockRecord.objects.filter(product__parent=OuterRef("pk"), product__is_public=True)
    # One branch runs per product: CASE evaluates only the subquery it picks.
    return Case(
        When(Q(structure="parent") & _UNTRACKED, then=first(variants, tracks_stock=False)),
        When(structure="parent", then=first(variants, tracks_stock=True)),
        When(_UNTRACKED, then=first(own, tracks_stock=False)),
        default=first(own, tracks_stock=True),
    )


def products_with_offer(products: QuerySet, *, selected: bool = True) -> QuerySet:
    """`products` annotated with their best offer: `offer_price` (None when nothing is on
    sale), `offer_in_stock` and `offer_id` (the stock record; a parent's is a variant's);
    `selected=False` makes them aliases, computed only where a filter, sort or count uses them."""
    annotate = products.annotate if selected else products.alias
    return annotate(
        offer_price=_best("price"),
        offer_id=_best("pk"),
        offer_in_stock=Coalesce(_best("offer_in_stock"), Value(False)),
    )


def products_offered_by(products: QuerySet, *, partner_ids) -> QuerySet:
    """`products` that have an offer on sale from one of the partners (for parents: a
    variant's offer) - what "filter by seller" means."""
    records = offers_on_sale().filter(partner_id__in=partner_ids)
    return products.filter(
        Exists(records.filter(product=OuterRef("pk")))
        | Exists(records.filter(product__parent=OuterRef("pk"), product__is_public=True))
    )


def products_with_listed_offer(products: QuerySet) -> QuerySet:
    """The rule's stored result: `products` that the catalogue listing holds (browsable ones),
    aliased `offer_price`, `offer_in_stock` and `offer_id` from it, like `products_with_offer`
    but read from one narrow indexed table (commerce.search.listing keeps it current; readers
    call its `listing_refresh_pending` first to see their connection's own writes)."""
    return products.filter(listing__isnull=False).alias(
        offer_price=F("listing__offer_price"),
        offer_in_stock=F("listing__offer_in_stock"),
        offer_id=F("listing__offer_id"),
    )
