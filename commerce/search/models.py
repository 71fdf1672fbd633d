"""The catalogue listing: one row per browsable product (standalone or parent) holding what
listings filter, count and sort on, so a listing reads one narrow table instead of ranking
every product's offers per request. Rows are the stored results of THE pricing rule
(commerce.partner.pricing.products_with_offer), kept current by commerce.search.listing."""

from django.db import models


class ListedProduct(models.Model):
    product = models.OneToOneField(
        "catalogue.Product", primary_key=True, on_delete=models.CASCADE, related_name="listing"
    )
    # The best offer on sale (None/False/None when nothing is on sale); a parent's is its best
    # variant's. No database constraint on `offer`: the row is rewritten when the offer goes.
    offer_price = models.DecimalField(max_digits=12, decimal_places=2, null=True)
    offer_in_stock = models.BooleanField(default=False)
    offer = models.ForeignKey(
        "partner.StockRecord",
        null=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    # Copies of the product's own columns, so that every sort is served by one index here.
    date_created = models.DateTimeField()
    rating = models.FloatField(null=True)

    class Meta:
        # One index per listing order (commerce.search.selectors.product_listing_sorted), each
        # ending in the "newest first" tie-break. PostgreSQL puts NULLs last in an ascending
        # index, as "cheapest first" wants; the two orders that need "DESC NULLS LAST" (dearest
        # first, best rated) are PostgreSQL-only indexes made by migration 0003, since SQLite
        # takes no NULLS LAST in an index.
        indexes = [
            models.Index(fields=["-date_created", "-product"], name="search_listed_newest_idx"),
            models.Index(
                fields=["offer_price", "-date_created", "-product"],
                name="search_listed_price_asc_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"Listing of product {self.product_id}"
