"""Adding a voucher never fails or displaces a discount silently: the basket says exactly why a
voucher takes nothing off, or which automatic offer it replaces."""

import pytest
from django.urls import reverse
from oscar.core.loading import get_model

from tests.commerce.catalogue.site_offers import range_of, site_offer, voucher_for
from tests.factories import ProductFactory

pytestmark = pytest.mark.django_db


ConditionalOffer = get_model("offer", "ConditionalOffer")


def _voucher_offer(**kwargs):
    return site_offer(offer_type=ConditionalOffer.VOUCHER, **kwargs)


def _add(client, product):
    client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 1})


def _apply(client, code):
    response = client.post(reverse("basket:vouchers-add"), {"code": code}, follow=True)
    return response, [str(m) for m in response.context["messages"]]


def test_a_voucher_for_other_products_says_which_products_it_is_for(client):
    lamp, shirt = ProductFactory(title="Lamp"), ProductFactory(title="Shirt")
    voucher_for(offer=_voucher_offer(range_=range_of(name="Lamps", products=[lamp])))
    _add(client, shirt)

    response, messages = _apply(client, "HELLO10")

    assert "HELLO10 only takes money off Lamps, and nothing in your basket is from it." in messages
    assert not response.context["basket"].vouchers.exists()


def test_a_voucher_needing_more_items_says_what_is_missing(client):
    lamp = ProductFactory(title="Lamp")
    voucher_for(
        offer=_voucher_offer(range_=range_of(name="Lamps", products=[lamp]), condition_value=2)
    )
    _add(client, lamp)

    _response, messages = _apply(client, "HELLO10")

    assert "HELLO10 does not apply yet: Buy 1 more product from Lamps." in messages


def test_a_voucher_blocked_by_an_exclusive_automatic_offer_names_it(client):
    lamp = ProductFactory(title="Lamp")
    lamps = range_of(name="Lamps", products=[lamp])
    site_offer(range_=lamps, name="Lamp week", exclusive=True, priority=5)
    voucher_for(offer=_voucher_offer(range_=lamps, exclusive=True))
    _add(client, lamp)

    _response, messages = _apply(client, "HELLO10")

    assert (
        "HELLO10 cannot be combined with “Lamp week”, which already takes money off the items "
        "it would discount." in messages
    )


def test_an_exclusive_voucher_that_displaces_an_automatic_offer_says_so(client):
    lamp = ProductFactory(title="Lamp")
    lamps = range_of(name="Lamps", products=[lamp])
    site_offer(range_=lamps, name="Lamp week", exclusive=True)
    voucher_for(offer=_voucher_offer(range_=lamps, exclusive=True, priority=9, value="20.00"))
    _add(client, lamp)

    _response, messages = _apply(client, "HELLO10")

    assert "Voucher 'HELLO10' added to basket" in messages
    assert (
        "HELLO10 cannot be combined with “Lamp week”, so that offer no longer applies; remove "
        "the voucher to get it back." in messages
    )
