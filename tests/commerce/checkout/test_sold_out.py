"""When the last unit is gone, the next shopper is told plainly and keeps their basket."""

import logging

import pytest
from django.test import Client
from django.urls import reverse
from oscar.core.loading import get_model

from commerce.partner.services import OutOfStock

from .steps import checkout_to_preview, place_order, shop_ready

Basket = get_model("basket", "Basket")
Order = get_model("order", "Order")
Source = get_model("payment", "Source")
StockRecord = get_model("partner", "StockRecord")

pytestmark = pytest.mark.django_db


def test_second_shopper_for_the_last_unit_is_told_it_is_no_longer_available():
    product = shop_ready(title="Last jar of marmalade", in_stock=1)
    first, second = Client(), Client()
    for index, client in enumerate((first, second)):
        checkout_to_preview(
            client,
            product=product,
            email=f"shopper{index}@example.com",
            shipping="standard",
            payment="bank-transfer",
        )

    assert place_order(first, "bank-transfer").url == reverse("checkout:thank-you")
    refused = place_order(second, "bank-transfer", follow=True)

    assert refused.status_code == 200
    html = refused.content.decode()
    assert "Last jar of marmalade" in html and "is no longer available" in html
    assert Order.objects.count() == 1 and Source.objects.count() == 1
    record = StockRecord.objects.get(product=product)
    assert (record.num_allocated, record.net_stock_level) == (1, 0)
    # the refused shopper's basket is intact, open and ready to be changed
    basket = Basket.objects.get(status=Basket.OPEN, lines__product=product)
    assert basket.num_items == 1


def test_a_stock_refusal_is_logged_as_a_one_line_warning_but_other_failures_stay_errors(caplog):
    # Oscar's submit() logs a refused order like this; the refusal comes from the allocation
    # inside the order transaction when two shoppers race for the last units.
    logger = logging.getLogger("oscar.checkout")
    try:
        raise OutOfStock("Sorry, it is no longer available.")
    except OutOfStock:
        logger.error("Order #%s: unable to place order - %s", "100001", "sold out", exc_info=True)
    try:
        raise RuntimeError("the payment gateway is down")
    except RuntimeError:
        logger.error("Order #%s: unhandled exception", "100002", exc_info=True)

    refusal, failure = caplog.records[-2:]
    assert (refusal.levelname, refusal.exc_info) == ("WARNING", None)
    assert failure.levelname == "ERROR" and failure.exc_info is not None
