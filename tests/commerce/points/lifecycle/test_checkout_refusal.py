"""The checkout tells a shopper whose points were spent elsewhere between the preview and
"Place order" what they have left, keeps their basket, and places nothing."""

from decimal import Decimal as D

import pytest
from oscar.apps.checkout.signals import pre_payment
from oscar.core.loading import get_model

from commerce.points.models import PointsReservation
from commerce.points.services.accounts import points_account_for
from commerce.points.services.offer import points_offer_ensure
from tests.commerce.checkout.steps import checkout_to_preview, place_order, shop_ready
from tests.commerce.points.helpers import points_given

from .conftest import assert_balance_is_ledger_sum, balance

Basket = get_model("basket", "Basket")
Order = get_model("order", "Order")

pytestmark = pytest.mark.django_db


def test_points_spent_elsewhere_before_placing_are_explained_on_the_preview(client, shopper):
    points_offer_ensure()
    product = shop_ready(title="Linen apron", price="20.00")
    points_given(shopper, 100)
    client.force_login(shopper)
    checkout_to_preview(
        client, product=product, email=None, shipping="standard", payment="cash-on-delivery"
    )
    basket = Basket.objects.get(owner=shopper, status=Basket.OPEN)
    PointsReservation.objects.create(
        basket=basket, account=points_account_for(user=shopper), points=60
    )

    def spent_on_another_order(sender, **kwargs):
        # Another order of the shopper spends 70 points after this request applied the basket's
        # offers (60 points off) and before the order is written.
        points_given(shopper, -70, key="test:spent-elsewhere")

    pre_payment.connect(spent_on_another_order)
    try:
        response = place_order(client, "cash-on-delivery", follow=True)
    finally:
        pre_payment.disconnect(spent_on_another_order)

    assert response.status_code == 200
    assert (
        "Your bonus points balance changed: you have 30 points available. "
        "Choose again how many to spend."
    ) in response.content.decode()
    assert not Order.objects.exists()
    assert balance(shopper) == (D("0"), D("30"))
    assert_balance_is_ledger_sum(shopper)
    basket.refresh_from_db()
    assert basket.status == Basket.OPEN and basket.num_items == 1
