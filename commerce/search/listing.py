"""Writes that keep the catalogue listing (commerce.search.models.ListedProduct) current.

A row holds the pricing rule's result for one browsable product. Whatever changes that result
(a stock record, a product, a seller's standing, a product class's stock tracking) marks the
products it touches as *pending* on the database connection; they are refreshed in one
set-based statement once the transaction commits, and before the same connection next reads
the listing (so a request, a test or a command sees its own writes). Refreshing after the
commit keeps the listing's row locks out of checkout, whose stock updates would otherwise
take them in basket order and could deadlock two orders sharing a parent product."""

from collections.abc import Iterable

from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.models import Q, QuerySet
from oscar.core.loading import get_model

from commerce.partner.pricing import products_with_offer
from commerce.search.models import ListedProduct

Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")

# Listing columns, in the order of the SELECT that fills them.
_COLUMNS = ("product_id", "offer_price", "offer_in_stock", "offer_id", "date_created", "rating")


def _upsert(products: QuerySet) -> None:
    rows = products_with_offer(products.order_by()).values_list(
        "pk", "offer_price", "offer_in_stock", "offer_id", "date_created", "rating"
    )
    connection = connections[rows.db]
    select, params = rows.query.get_compiler(connection=connection).as_sql()
    table = connection.ops.quote_name(ListedProduct._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(c) for c in _COLUMNS)
    updates = ", ".join(f"{c} = excluded.{c}" for c in map(connection.ops.quote_name, _COLUMNS[1:]))
    # The SELECT always has a WHERE (browsable products), which SQLite needs to parse ON CONFLICT.
    sql = (
        f"INSERT INTO {table} ({columns}) {select} "
        f"ON CONFLICT ({connection.ops.quote_name('product_id')}) DO UPDATE SET {updates}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


def listing_refresh(*, product_ids: Iterable[int]) -> None:
    """Recompute the listing rows of these products and of the parents of the variants among
    them: an upsert of the browsable ones from the pricing rule, and a delete of the rest."""
    ids = set(product_ids)
    if not ids:
        return
    parents = Product.objects.filter(pk__in=ids, parent__isnull=False).values("parent_id")
    with transaction.atomic():
        _upsert(Product.objects.browsable().filter(Q(pk__in=ids) | Q(pk__in=parents)))
        ListedProduct.objects.filter(product_id__in=ids).exclude(
            product__in=Product.objects.browsable()
        ).delete()


def listing_rebuild() -> None:
    """Recompute the whole listing from the pricing rule (after bulk loads and imports)."""
    _pending(DEFAULT_DB_ALIAS).clear()  # every row is recomputed
    with transaction.atomic():
        _upsert(Product.objects.browsable())
        ListedProduct.objects.exclude(product__in=Product.objects.browsable()).delete()


def _pending(using: str) -> set[int]:
    connection = connections[using]
    if not hasattr(connection, "listing_pending"):
        connection.listing_pending = set()
    return connection.listing_pending


def listing_refresh_pending(*, using: str = DEFAULT_DB_ALIAS) -> None:
    """Refresh the products marked on this connection (a no-op when none are)."""
    pending = _pending(using)
    if pending:
        ids = set(pending)
        pending.clear()
        listing_refresh(product_ids=ids)


def listing_refresh_later(*, product_ids: Iterable[int], using: str = DEFAULT_DB_ALIAS) -> None:
    """Mark products whose listing rows a write changed; refreshed once after the commit (or
    now, outside a transaction), and before this connection reads the listing again."""
    _pending(using).update(pk for pk in product_ids if pk is not None)
    # A callback per write rather than per transaction: a rolled-back transaction drops its
    # callbacks, and a flag saying "one is registered" would then strand later writes.
    transaction.on_commit(lambda: listing_refresh_pending(using=using), using=using)


def listing_refresh_partner_later(*, partner_id: int) -> None:
    """Mark every product the partner offers (its standing decides whether they are sold)."""
    listing_refresh_later(
        product_ids=StockRecord.objects.filter(partner_id=partner_id).values_list(
            "product_id", flat=True
        )
    )


def listing_refresh_product_class_later(*, product_class_id: int) -> None:
    """Mark the products of a class (whether it tracks stock decides what is in stock)."""
    listing_refresh_later(
        product_ids=Product.objects.filter(product_class_id=product_class_id).values_list(
            "pk", flat=True
        )
    )
