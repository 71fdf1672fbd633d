"""Oscar's offer applicator with a query count that does not grow with the basket's lines.

Oscar asks a range about each line in its own query (`Range.contains_product`), builds each
range's product queryset again for every condition and benefit it makes (`proxy()` copies
drop the loaded range), and loads every offer's range one query at a time. This applicator
loads the offers with their conditions, benefits, ranges and combinations at once (Oscar
counts an offer's combinations for every line it shares with another offer), keeps one proxy of each
condition and benefit per offer (Oscar's `proxy()` returns a proxy as it is), and answers
"is this line's product in the range?" for all the basket's products in one query per range,
through Oscar's own hook for ranges that answer it themselves (`Range.proxy`). The offers,
their order, and what they give are Oscar's."""

from django.db.models import Prefetch
from oscar.apps.offer.applicator import Applicator as OscarApplicator
from oscar.core.loading import get_model

ConditionalOffer = get_model("offer", "ConditionalOffer")

_WITH_RANGES = ("condition__range", "benefit__range")
_REQUEST_RANGES = "_offer_ranges"


class BasketRange:
    """A range as Oscar's `Range.proxy` hook sees it: asks the range's own product queryset
    (Oscar's `product_queryset`) which of the basket's products it holds, once, and answers
    each line from that; a product not in the basket is asked about on its own."""

    def __init__(self, range_, *, product_ids: frozenset[int]):
        self.range = range_
        self.product_ids = product_ids
        self._members: set[int] | None = None

    def contains_product(self, product) -> bool:
        if product.id not in self.product_ids:
            return self.range.product_queryset.filter(id=product.id).exists()
        if self._members is None:
            ids = self.range.product_queryset.filter(id__in=self.product_ids)
            self._members = set(ids.values_list("id", flat=True))
        return product.id in self._members

    def all_products(self):
        return self.range.product_queryset

    def num_products(self):
        if self.range.includes_all_products:
            return None
        return self.range.product_queryset.count()


def basket_product_ids(basket) -> frozenset[int]:
    """The products of the basket's lines (none for a basket not saved yet)."""
    if basket is None or basket.id is None:
        return frozenset()
    return frozenset(line.product_id for line in basket.all_lines())


def offers_prepared(offers, *, basket, ranges: dict | None = None) -> list:
    """`offers` (loaded with their conditions', benefits' ranges) holding one condition and
    one benefit proxy each, and ranges (one instance per range, kept in `ranges` by id, so a
    range's product queryset is built once) that answer for the basket's products in one
    query each."""
    product_ids = basket_product_ids(basket)
    ranges = {} if ranges is None else ranges

    def shared(range_):
        range_ = ranges.setdefault(range_.pk, range_)
        # Custom ranges (a proxy class of their own) answer as they always do.
        if range_.proxy_class:
            return range_
        if not isinstance(range_.proxy, BasketRange) or range_.proxy.product_ids != product_ids:
            range_.proxy = BasketRange(range_, product_ids=product_ids)
        return range_

    for offer in offers:
        for name in ("condition", "benefit"):
            part = getattr(offer, name)
            range_ = shared(part.range) if part.range_id else None
            proxy = part.proxy()
            if part.range_id:
                proxy.range = range_
            setattr(offer, name, proxy)
    return offers


class Applicator(OscarApplicator):
    """Oscar's applicator, with the offers' ranges asked once per request about all lines."""

    def get_offers(self, basket, user=None, request=None):
        offers = super().get_offers(basket, user, request)
        # The ranges are the same for the whole request (the middleware's and the basket
        # page's offers): each builds Oscar's product queryset once.
        ranges = None
        if request is not None:
            ranges = getattr(request, _REQUEST_RANGES, None)
            if ranges is None:
                ranges = {}
                setattr(request, _REQUEST_RANGES, ranges)
        return offers_prepared(offers, basket=basket, ranges=ranges)

    def get_site_offers(self):
        offers = super().get_site_offers().select_related(*_WITH_RANGES)
        return list(offers.prefetch_related("combinations"))

    def get_basket_offers(self, basket, user):
        if not basket.id or not user:
            return []
        offers = []
        offers_loaded = Prefetch(
            "offers",
            queryset=ConditionalOffer.objects.select_related(
                "condition", "benefit", *_WITH_RANGES
            ).prefetch_related("combinations"),
        )
        for voucher in basket.vouchers.prefetch_related(offers_loaded):
            available_to_user, __ = voucher.is_available_to_user(user=user)
            if voucher.is_active() and available_to_user:
                voucher_offers = list(voucher.offers.all())
                for offer in voucher_offers:
                    offer.set_voucher(voucher)
                offers.extend(voucher_offers)
        return offers
