"""Oscar's pricing strategy for the marketplace: the offer shown and sold by default is the
best offer on sale (commerce.partner.pricing), and a basket line keeps the offer it was
bought from - unless that seller is no longer approved, then the line cannot be bought."""

from oscar.apps.partner import availability, prices
from oscar.apps.partner.strategy import NoTax, StockRequired, Structured
from oscar.apps.partner.strategy import Selector as OscarSelector

from .pricing import best_offer, offer_is_on_sale, offer_rank, offers_prefetch


class NotOnSale(availability.Unavailable):
    """An offer whose seller is not approved now (suspended, say): never sold, and a basket
    line holding it says why at checkout."""

    message = "No longer sold by this seller"

    def is_purchase_permitted(self, quantity):
        return False, (
            "its seller is not selling at the moment; remove it, or choose another offer on "
            "the product page"
        )


class BestOfferOnSale:
    """Picks the best offer on sale (the one pricing rule) and refuses offers not on sale."""

    def select_stockrecord(self, product):
        # Listings prefetch the offers (pricing.offers_prefetch); a lone product queries them.
        if "stockrecords" in getattr(product, "_prefetched_objects_cache", {}):
            return best_offer(product.stockrecords.all())
        return best_offer(product.stockrecords.select_related("partner__seller"))

    def select_children_stockrecords(self, product):
        children = product.get_public_children()
        if not isinstance(children, list):  # a list when the caller prefetched the variants
            children = children.prefetch_related(offers_prefetch())
        pairs = [(child, self.select_stockrecord(child)) for child in children]
        # Best variant first, so Oscar's parent policies (which read the first record)
        # price a parent "from" its best variant's best offer.
        return sorted(pairs, key=lambda pair: (pair[1] is None, pair[1] and offer_rank(pair[1])))

    def fetch_for_line(self, line, stockrecord=None):
        # A line is priced from the offer it holds (Oscar's default would re-pick the best
        # offer, silently moving the shopper to another seller).
        return self.fetch_for_product(line.product, stockrecord or line.stockrecord)

    def pricing_policy(self, product, stockrecord):
        if stockrecord is not None and not offer_is_on_sale(stockrecord):
            return prices.Unavailable()
        return super().pricing_policy(product, stockrecord)

    def availability_policy(self, product, stockrecord):
        if stockrecord is not None and not offer_is_on_sale(stockrecord):
            return NotOnSale()
        return super().availability_policy(product, stockrecord)


class Marketplace(BestOfferOnSale, StockRequired, NoTax, Structured):
    """The shop's strategy: best offer on sale, stock required, prices without tax."""


class Selector(OscarSelector):
    def strategy(self, request=None, user=None, **kwargs):
        return Marketplace(request)
