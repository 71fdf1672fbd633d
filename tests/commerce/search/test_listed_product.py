"""The catalogue listing (commerce.search.models.ListedProduct) stores the pricing rule's result
for every browsable product, and every write that changes that result updates its row once the
write commits."""

from decimal import Decimal

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from oscar.core.loading import get_model

from commerce.order.services import order_lines_ship, order_refund
from commerce.partner.pricing import offer_in_stock, products_with_offer
from commerce.partner.services import stock_allocate
from commerce.search.listing import listing_rebuild, listing_refresh_pending
from commerce.search.models import ListedProduct
from tests.commerce.order.conftest import order_placed, stocked_product
from tests.commerce.partner.offers import offer, offer_shown
from tests.commerce.partner.test_pricing_rule import CASES
from tests.factories import (
    ParentProductFactory,
    ProductClassFactory,
    ProductFactory,
    SellerFactory,
    VariantFactory,
)

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run the block's on-commit work, as a real commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def listed(product) -> tuple:
    """(offer price, in stock, offer id) of the product's row, or None when it has none."""
    row = ListedProduct.objects.filter(pk=product.pk).first()
    return None if row is None else (row.offer_price, row.offer_in_stock, row.offer_id)


def _mixed_catalogue() -> list:
    products = [case()[0] for case in CASES]
    products.append(ProductFactory(price=None))  # nothing offered at all
    hidden = ProductFactory(price=Decimal("3.00"), is_public=False)
    return products, hidden


def _rows_by_rule() -> dict:
    rule = products_with_offer(Product.objects.browsable())
    return {p.pk: (p.offer_price, p.offer_in_stock, p.offer_id) for p in rule}


def _rows_stored() -> dict:
    return {
        r.product_id: (r.offer_price, r.offer_in_stock, r.offer_id)
        for r in ListedProduct.objects.all()
    }


def test_the_listing_agrees_with_the_sql_and_python_rule_on_a_mixed_catalogue(committed):
    with committed():
        products, hidden = _mixed_catalogue()

    stored = _rows_stored()
    assert stored == _rows_by_rule()
    assert hidden.pk not in stored
    for product in products:
        shown = offer_shown(Product.objects.get(pk=product.pk))
        if shown is None:
            assert stored[product.pk] == (None, False, None)
        else:
            assert stored[product.pk] == (shown.price, offer_in_stock(shown), shown.pk)


def test_a_rebuild_writes_the_same_rows_and_drops_stale_ones(committed):
    with committed():
        _mixed_catalogue()
    before = _rows_stored()
    ListedProduct.objects.update(offer_price=Decimal("999.00"), offer_in_stock=True)
    stale = ProductFactory(is_public=False)
    ListedProduct.objects.create(product=stale, date_created=stale.date_created)

    listing_rebuild()

    assert _rows_stored() == before


def test_the_management_command_rebuilds_the_listing():
    product = ProductFactory(price=Decimal("8.00"))
    ListedProduct.objects.all().delete()

    call_command("listing_rebuild")

    assert listed(product) == (Decimal("8.00"), True, product.stockrecords.get().pk)


def test_a_price_change_updates_the_row(committed):
    with committed():
        product = ProductFactory(price=Decimal("10.00"))
    record = product.stockrecords.get()
    with committed():
        record.price = Decimal("7.50")
        record.save()
    assert listed(product) == (Decimal("7.50"), True, record.pk)


def test_stock_running_out_updates_the_row_and_ranks_the_next_offer(committed):
    with committed():
        product = ProductFactory(price=None)
        cheap = offer(product, by=SellerFactory(), price=10, stock=2)
        dear = offer(product, by=SellerFactory(), price=20, stock=2)
    assert listed(product) == (Decimal("10.00"), True, cheap.pk)

    with committed():
        stock_allocate(stockrecord=cheap, quantity=2)  # a checkout takes the last two
    assert listed(product) == (Decimal("20.00"), True, dear.pk)

    with committed():
        dear.num_in_stock = 0
        dear.save()
    assert listed(product) == (Decimal("10.00"), False, cheap.pk)


def test_oscars_allocation_cancel_and_consume_update_the_row(committed):
    with committed():
        product = ProductFactory(price=Decimal("10.00"), stock=1)
    record = product.stockrecords.get()
    with committed():
        record.allocate(1)
    assert listed(product)[1] is False
    with committed():
        record.cancel_allocation(1)
    assert listed(product)[1] is True
    with committed():
        record.allocate(1)
        record.consume_allocation(1)
    assert listed(product)[1] is False


def test_a_restocking_refund_puts_the_product_back_in_stock(committed):
    with committed():
        towel = stocked_product(title="Tea towel", price="12.00", in_stock=1)
        order = order_placed(items=[(towel, 1)])
        order_lines_ship(order=order, carrier="DPD", reference="1")
    assert listed(towel)[1] is False
    with committed():
        order_refund(order=order, reason="Returned", restock=True)
    assert listed(towel)[1] is True


def test_a_new_cheaper_offer_becomes_the_listed_one(committed):
    with committed():
        product = ProductFactory(price=Decimal("10.00"))
    with committed():
        cheaper = offer(product, by=SellerFactory(), price=4)
    assert listed(product) == (Decimal("4.00"), True, cheaper.pk)


def test_a_deleted_offer_leaves_the_row(committed):
    with committed():
        product = ProductFactory(price=None)
        kept = offer(product, by=SellerFactory(), price=12)
        gone = offer(product, by=SellerFactory(), price=6)
    with committed():
        gone.delete()
    assert listed(product) == (Decimal("12.00"), True, kept.pk)
    with committed():
        kept.delete()
    assert listed(product) == (None, False, None)


def test_a_suspended_seller_takes_their_offers_off_the_listing(committed):
    seller = SellerFactory()
    with committed():
        product = ProductFactory(price=None)
        shop = offer(product, by=SellerFactory(), price=15)
        offer(product, by=seller, price=9)
    with committed():
        seller.status = "suspended"
        seller.save()
    assert listed(product) == (Decimal("15.00"), True, shop.pk)
    with committed():
        seller.status = "approved"
        seller.save()
    assert listed(product)[0] == Decimal("9.00")


def test_a_hidden_or_deleted_product_leaves_the_listing(committed):
    with committed():
        product = ProductFactory()
        other = ProductFactory()
    with committed():
        product.is_public = False
        product.save()
    assert listed(product) is None
    with committed():
        product.is_public = True
        product.save()
    assert listed(product) is not None
    with committed():
        other.delete()
    assert not ListedProduct.objects.filter(pk=other.pk).exists()


def test_a_variant_added_to_a_parent_prices_the_parent(committed):
    with committed():
        parent = ParentProductFactory()
    assert listed(parent) == (None, False, None)
    with committed():
        variant = VariantFactory(parent=parent, price=Decimal("30.00"))
    assert listed(parent) == (Decimal("30.00"), True, variant.stockrecords.get().pk)
    assert listed(variant) is None  # variants are listed through their parent
    with committed():
        variant.is_public = False
        variant.save()
    assert listed(parent) == (None, False, None)


def test_a_class_that_stops_tracking_stock_puts_its_products_in_stock(committed):
    product_class = ProductClassFactory(name="Vouchers", track_stock=True)
    with committed():
        product = ProductFactory(product_class=product_class, price=Decimal("5.00"), stock=0)
    assert listed(product)[1] is False
    with committed():
        product_class.track_stock = False
        product_class.save()
    assert listed(product)[1] is True


def test_a_rating_change_is_stored_for_the_rating_sort(committed):
    with committed():
        product = ProductFactory()
    with committed():
        product.rating = 4.5
        product.save()
    assert ListedProduct.objects.get(pk=product.pk).rating == 4.5


def test_a_transactions_writes_are_refreshed_once_after_it_commits(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks() as callbacks, transaction.atomic():
        products = [ProductFactory(price=Decimal("5.00")) for _ in range(3)]
        for product in products:
            record = product.stockrecords.get()
            record.price = Decimal("4.00")
            record.save()
    assert not ListedProduct.objects.filter(pk__in=[p.pk for p in products]).exists()

    with CaptureQueriesContext(connection) as queries:
        for callback in callbacks:
            callback()

    # One upsert and one delete (with the savepoint around them), however many writes.
    writes = [q for q in queries if not q["sql"].upper().startswith(("SAVEPOINT", "RELEASE"))]
    assert len(writes) == 2
    assert {listed(p)[0] for p in products} == {Decimal("4.00")}


def test_a_listing_read_sees_the_connections_own_uncommitted_writes():
    product = ProductFactory(price=Decimal("10.00"))
    record = product.stockrecords.get()
    record.price = Decimal("2.00")
    record.save()

    listing_refresh_pending()

    assert listed(product)[0] == Decimal("2.00")
