"""PUT/DELETE /api/v1/affiliate/referral/: a shopper gives an affiliate's code through the API,
and the order they then place through the site's checkout is that affiliate's referral (source
api) with its commission; the rules of a link hold (approved affiliates only, never oneself)."""

from decimal import Decimal as D

import pytest
from django.urls import reverse
from oscar.core.loading import get_model

from commerce.affiliates.models import BasketAttribution, Commission, Referral
from tests.api.helpers import api_client_of
from tests.commerce.checkout.steps import checkout_to_preview, place_order, shop_ready
from tests.factories import PASSWORD, AffiliateFactory, UserFactory

Basket = get_model("basket", "Basket")
Order = get_model("order", "Order")

pytestmark = pytest.mark.django_db

REFERRAL = "/api/v1/affiliate/referral/"


@pytest.fixture
def affiliate():
    return AffiliateFactory(code="linen-lover", rate=D("10.00"))


@pytest.fixture
def shopper():
    return UserFactory(email="ada@example.com")


def _order_on_the_site(client, shopper, product):
    assert client.login(username=shopper.email, password=PASSWORD)
    checkout_to_preview(
        client, product=product, email=None, shipping="standard", payment="bank-transfer"
    )
    assert place_order(client, "bank-transfer").url == reverse("checkout:thank-you")
    return Order.objects.get(user=shopper)


def test_a_code_given_through_the_api_earns_the_affiliate_the_order_placed_next(
    client, home_page, affiliate, shopper
):
    product = shop_ready(price="24.00")

    response = api_client_of(shopper).put(REFERRAL, {"code": "Linen-Lover "}, format="json")

    assert response.status_code == 200, response.json()
    assert response.json() == {"code": "linen-lover", "source": "api"}
    order = _order_on_the_site(client, shopper, product)
    referral = Referral.objects.get(order=order)
    assert (referral.affiliate, referral.source, referral.click) == (affiliate, "api", None)
    commission = Commission.objects.get(referral=referral)
    # 10% of the goods, never of the shipping.
    assert (commission.status, commission.base, commission.amount) == (
        "pending",
        D("24.00"),
        D("2.40"),
    )


def test_giving_a_code_again_replaces_the_first(affiliate, shopper):
    other = AffiliateFactory(code="second-voice")
    api = api_client_of(shopper)
    api.put(REFERRAL, {"code": affiliate.code}, format="json")

    assert api.put(REFERRAL, {"code": other.code}, format="json").status_code == 200

    (attribution,) = BasketAttribution.objects.all()
    assert attribution.affiliate == other
    assert attribution.basket == Basket.open.get(owner=shopper)


def test_deleting_the_code_leaves_the_order_nobodys(client, home_page, affiliate, shopper):
    product = shop_ready()
    api = api_client_of(shopper)
    api.put(REFERRAL, {"code": affiliate.code}, format="json")

    assert api.delete(REFERRAL).status_code == 204

    order = _order_on_the_site(client, shopper, product)
    assert not Referral.objects.filter(order=order).exists()
    assert not Commission.objects.exists()


def test_an_unknown_code_is_a_400_that_says_so(shopper):
    response = api_client_of(shopper).put(REFERRAL, {"code": "no-such-code"}, format="json")

    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid"
    assert error["fields"]["code"] == [
        "No affiliate has the referral code “no-such-code”: check the code you were given."
    ]
    assert not BasketAttribution.objects.exists()


def test_a_suspended_affiliates_code_is_a_400_that_says_it_is_not_active(shopper):
    AffiliateFactory(code="gone-quiet", status="suspended")

    response = api_client_of(shopper).put(REFERRAL, {"code": "gone-quiet"}, format="json")

    assert response.status_code == 400
    assert "“gone-quiet” is not active" in response.json()["error"]["fields"]["code"][0]
    assert not BasketAttribution.objects.exists()


def test_an_affiliate_cannot_give_their_own_code(affiliate):
    response = api_client_of(affiliate.user).put(REFERRAL, {"code": affiliate.code}, format="json")

    assert response.status_code == 400
    assert "your own referral code" in response.json()["error"]["fields"]["code"][0]
    assert not BasketAttribution.objects.exists()


def test_a_missing_code_is_a_400_naming_the_field(shopper):
    response = api_client_of(shopper).put(REFERRAL, {}, format="json")

    assert response.status_code == 400
    assert "code" in response.json()["error"]["fields"]


def test_giving_a_code_needs_a_signed_in_shopper(api_client, affiliate):
    response = api_client.put(REFERRAL, {"code": affiliate.code}, format="json")

    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"
