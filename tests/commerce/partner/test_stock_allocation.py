"""Allocation is decided by the database: it never takes stock below zero."""

import pytest
from oscar.core.loading import get_model

from commerce.partner.services import OutOfStock, stock_allocate
from tests.factories import ProductFactory

StockRecord = get_model("partner", "StockRecord")

pytestmark = pytest.mark.django_db


def _stockrecord(in_stock: int):
    return ProductFactory(title="Copper pan", price=30, stock=in_stock).stockrecords.get()


def test_allocating_what_is_in_stock_reserves_it():
    record = _stockrecord(3)
    stock_allocate(stockrecord=record, quantity=2)
    record.refresh_from_db()
    assert (record.num_allocated, record.net_stock_level) == (2, 1)


def test_allocating_more_than_is_left_is_refused_and_changes_nothing():
    record = _stockrecord(3)
    stock_allocate(stockrecord=record, quantity=2)
    with pytest.raises(OutOfStock, match="“Copper pan” is no longer available"):
        stock_allocate(stockrecord=record, quantity=2)
    record.refresh_from_db()
    assert (record.num_allocated, record.net_stock_level) == (2, 1)


def test_a_stale_copy_of_the_stock_record_cannot_oversell():
    record = _stockrecord(1)
    stale = StockRecord.objects.get(pk=record.pk)
    record.allocate(1)
    with pytest.raises(OutOfStock):
        stale.allocate(1)
    assert StockRecord.objects.get(pk=record.pk).num_allocated == 1
