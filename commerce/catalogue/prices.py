"""The price a shopper pays for one product bought alone: the one pricing rule's offer
(commerce.partner.pricing, priced by Oscar's strategy) less the automatic (site) offers Oscar's
basket would give that one item. Cards, the product page, page blocks and the API all show it,
through `templates/includes/price.html` on the storefront.

The site's offers are cached (dropped whenever an offer, condition, benefit or range is saved or
deleted: `site_offers_cache_drop`) and read once per request (`site_offers_of`), their dates
checked at every request; which products their ranges hold is asked of Oscar's
`Range.all_products()` once per offer for a whole page of products (`SiteOffers.load`), so a
page's query count does not grow with its products, and a shop without offers spends none."""

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.core.cache import cache
from django.db import transaction
from django.db.models import Q
from oscar.core.loading import get_model

ConditionalOffer = get_model("offer", "ConditionalOffer")
Benefit = get_model("offer", "Benefit")
Condition = get_model("offer", "Condition")

ZERO = Decimal("0.00")
_REQUEST_CACHE = "_site_offers"
SITE_OFFERS_CACHE_KEY = "catalogue:site-offers"
SITE_OFFERS_CACHE_TIMEOUT = 60 * 60


def purchase_info(*, product, strategy):
    """Oscar's price and availability for a product (a parent's come from its variants)."""
    if product.is_parent:
        return strategy.fetch_for_parent(product)
    return strategy.fetch_for_product(product)


def price_shown(*, price) -> Decimal | None:
    """The amount a shopper sees for an Oscar price: incl. tax if known, else excl. tax."""
    if not price.exists:
        return None
    return price.incl_tax if price.is_tax_known else price.excl_tax


def shown_offer(*, product, info, strategy):
    """The stock record behind `info` (a product's purchase info): for a parent, its best
    variant's best offer, first in the strategy's order."""
    if not product.is_parent:
        return info.stockrecord
    pairs = strategy.select_children_stockrecords(product)
    return pairs[0][1] if pairs else None


@dataclass(frozen=True)
class ShownPrice:
    """What a shopper pays for a product alone: `amount` after the automatic offers named in
    `offer_names`, `was` the price before them (None when no offer lowers it); `is_from` for
    a parent priced from its best variant."""

    amount: Decimal
    currency: str
    was: Decimal | None = None
    offer_names: tuple[str, ...] = ()
    is_from: bool = False

    @property
    def offer_name(self) -> str:
        """The offers' names as one phrase ("" without an offer)."""
        return " + ".join(self.offer_names)

    @property
    def has_offer(self) -> bool:
        return self.was is not None


def _prices_one_item(offer) -> bool:
    """Whether Oscar could price one item under the offer: a stock condition met by one item
    (Oscar's Count/Coverage of 1, or a Value condition the item's price reaches) and a
    per-item benefit on a range. Custom (proxy) offers such as bonus points depend on the
    shopper's basket, never on the product alone."""
    condition, benefit = offer.condition, offer.benefit
    if condition.proxy_class or benefit.proxy_class or benefit.range_id is None:
        return False
    if condition.range_id is None:
        return False
    return benefit.type in (Benefit.PERCENTAGE, Benefit.FIXED, Benefit.FIXED_UNIT)


def _condition_met_alone(*, offer, price: Decimal) -> bool:
    condition = offer.condition
    if condition.type in (Condition.COUNT, Condition.COVERAGE):
        return (condition.value or 0) <= 1
    if condition.type == Condition.VALUE:
        return price >= (condition.value or 0)
    return False


def unit_discount(*, offer, price: Decimal, currency: str) -> Decimal:
    """The discount Oscar's benefit gives one item at `price` bought alone.

    Computed here rather than by Oscar's `benefit.apply`, which only works on a saved basket
    with lines and asks the range about each product in its own query; for one item the
    benefits reduce to these lines (percentage of the price; a fixed amount, or a fixed amount
    per item, capped at the price), rounded with the benefit's own `round` (Oscar's
    OSCAR_OFFER_ROUNDING_FUNCTION or ROUND_DOWN to pennies), as Oscar's basket rounds it."""
    benefit = offer.benefit.proxy()
    value = Decimal(benefit.value or 0)
    if benefit.type == Benefit.PERCENTAGE:
        discount = min(value, Decimal(100)) / Decimal(100) * price
    else:  # FIXED (absolute) or FIXED_UNIT: a fixed amount off the one item
        discount = value
    return min(benefit.round(discount, currency), price)


class SiteOffers:
    """The site's active automatic offers that can price one item, best first (Oscar's
    applicator order: highest priority first), and which products each offer's range holds."""

    def __init__(self, offers: Iterable):
        self.offers = [offer for offer in offers if _prices_one_item(offer)]
        self._members: dict[int, set[int]] = {offer.pk: set() for offer in self.offers}
        self._known: set[int] = set()

    def load(self, *, products: Iterable) -> None:
        """Learn which of `products` (and of their variants) each offer covers: a few queries
        per offer (Oscar's range queryset) for all of them at once, none without an offer."""
        # A variant's parent too: its family is then loaded at once (Q(parent_id__in=...)).
        ids = {product.pk for product in products}
        ids |= {product.parent_id for product in products if product.parent_id}
        ids -= self._known
        if not ids or not self.offers:
            self._known |= ids
            return
        for offer in self.offers:
            members = _in_range(offer.benefit.range, ids)
            if offer.condition.range_id != offer.benefit.range_id:
                # Oscar counts the item towards the condition only inside its own range.
                members &= _in_range(offer.condition.range, ids)
            self._members[offer.pk] |= members
        self._known |= ids

    def covering(self, *, product) -> list:
        """The offers whose range holds `product`, in the order Oscar applies them."""
        if not self.offers:
            return []
        known = product.pk in self._known or product.parent_id in self._known
        if not known:
            self.load(products=[product])
        return [offer for offer in self.offers if product.pk in self._members[offer.pk]]


def _in_range(range_, ids: set[int]) -> set[int]:
    products = range_.all_products().filter(Q(pk__in=ids) | Q(parent_id__in=ids))
    return set(products.values_list("pk", flat=True))


def _site_offers_open() -> list:
    offers = cache.get(SITE_OFFERS_CACHE_KEY)
    if offers is None:
        offers = list(
            ConditionalOffer.objects.filter(
                offer_type=ConditionalOffer.SITE, status=ConditionalOffer.OPEN
            )
            .select_related("condition__range", "benefit__range")
            .order_by("-priority", "pk")
        )
        cache.set(SITE_OFFERS_CACHE_KEY, offers, SITE_OFFERS_CACHE_TIMEOUT)
    return offers


def site_offers_load() -> SiteOffers:
    """The site's automatic offers running now, with their conditions, benefits and ranges."""
    # Dates and limits are checked here, at every request, so the cache never holds them.
    return SiteOffers([offer for offer in _site_offers_open() if offer.is_available()])


def site_offers_cache_drop() -> None:
    """Forget the cached site offers, now and again when the transaction commits (so a request
    reading the old rows meanwhile cannot cache them for long)."""
    cache.delete(SITE_OFFERS_CACHE_KEY)
    transaction.on_commit(lambda: cache.delete(SITE_OFFERS_CACHE_KEY))


def site_offers_of(*, request) -> SiteOffers:
    """The request's site offers, read once per request (a fresh read without a request)."""
    if request is None:
        return site_offers_load()
    offers = getattr(request, _REQUEST_CACHE, None)
    if offers is None:
        offers = site_offers_load()
        setattr(request, _REQUEST_CACHE, offers)
    return offers


def price_after_offers(
    *, product, amount: Decimal, currency: str, offers: SiteOffers, is_from: bool = False
) -> ShownPrice:
    """`amount` (the price of `product`, a standalone product or variant) less the automatic
    offers that apply to it alone, stacked as Oscar's applicator stacks them: an exclusive
    offer only on its own, non-exclusive offers together, each one's discount taken from the
    full price as Oscar's benefits take it (never more than the price in all)."""
    names: list[str] = []
    discount = ZERO
    took_exclusive = False
    # Oscar's benefits skip products marked not discountable (Benefit.can_apply_benefit).
    covering = offers.covering(product=product) if product.is_discountable else []
    for offer in covering:
        if took_exclusive or (offer.exclusive and names):
            continue
        if not _condition_met_alone(offer=offer, price=amount):
            continue
        off = min(unit_discount(offer=offer, price=amount, currency=currency), amount - discount)
        if off <= 0:
            continue
        discount += off
        names.append(offer.name)
        took_exclusive = offer.exclusive
    if not names:
        return ShownPrice(amount=amount, currency=currency, is_from=is_from)
    return ShownPrice(
        amount=amount - discount,
        currency=currency,
        was=amount,
        offer_names=tuple(names),
        is_from=is_from,
    )


def product_price(*, product, strategy, offers: SiteOffers, info=None) -> ShownPrice | None:
    """The price a shopper pays for `product` alone (a parent: "from" its best variant's), with
    the automatic offers it gets; None when it cannot be priced."""
    info = info if info is not None else purchase_info(product=product, strategy=strategy)
    amount = price_shown(price=info.price)
    if amount is None:
        return None
    priced = product
    if product.is_parent:
        record = shown_offer(product=product, info=info, strategy=strategy)
        priced = record.product if record is not None else product
    return price_after_offers(
        product=priced,
        amount=amount,
        currency=info.price.currency,
        offers=offers,
        is_from=product.is_parent,
    )
