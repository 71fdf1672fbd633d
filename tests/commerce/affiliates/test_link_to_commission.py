"""The whole affiliate path through the real site and the one lifecycle listener: a link, an
order placed by another shopper, a pending commission of the right amount, then the order's
fate deciding it."""

from decimal import Decimal as D

import pytest
from django.urls import reverse
from oscar.core.loading import get_model

from commerce.affiliates.models import Commission
from commerce.affiliates.selectors.earnings import affiliate_balance
from commerce.order import services
from tests.commerce.checkout.steps import checkout_to_preview, place_order, shop_ready
from tests.factories import AffiliateFactory

Order = get_model("order", "Order")

pytestmark = pytest.mark.django_db


def test_a_referred_order_earns_a_pending_commission_that_cancelling_rejects(
    client, home_page, settings
):
    settings.AFFILIATE_DEFAULT_RATE = D("5.00")
    affiliate = AffiliateFactory(code="linen-lover")
    product = shop_ready(price="24.00")

    clean = client.get(f"{product.get_absolute_url()}?ref=linen-lover")
    assert clean.status_code == 302 and clean.url == product.get_absolute_url()
    checkout_to_preview(
        client,
        product=product,
        email="ada@example.com",
        shipping="standard",
        payment="bank-transfer",
    )
    assert place_order(client, "bank-transfer").url == reverse("checkout:thank-you")

    order = Order.objects.get()
    commission = Commission.objects.get(referral__order=order)
    # 5% of the goods (£24.00), never of the shipping.
    assert (commission.affiliate, commission.status) == (affiliate, "pending")
    assert commission.base == D("24.00") and commission.amount == D("1.20")
    assert affiliate_balance(affiliate=affiliate).pending == D("1.20")

    services.order_cancel(order=order, reason="Changed my mind")

    commission.refresh_from_db()
    assert commission.status == "rejected"
    balance = affiliate_balance(affiliate=affiliate)
    assert (balance.pending, balance.available) == (D("0.00"), D("0.00"))
