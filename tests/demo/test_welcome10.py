"""WELCOME10 ("10% off everything") on the demo shop: it applies to any basket, on top of the
automatic "10% off home and kitchen", and the basket shows both discounts."""

from decimal import ROUND_DOWN, Decimal

from django.urls import reverse
from django.utils.html import escape
from oscar.core.loading import get_model

from demo.offers import SITE_OFFER_NAME, VOUCHER_CODE, VOUCHER_OFFER_NAME

Product = get_model("catalogue", "Product")

SKILLET = "Cast-iron Skillet, 26 cm"
LAMP = "Brass Reading Lamp"


def _add(client, title: str) -> None:
    product = Product.objects.get(title=title)
    response = client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 1})
    assert response.status_code == 302


def _apply_welcome10(client):
    response = client.post(reverse("basket:vouchers-add"), {"code": VOUCHER_CODE}, follow=True)
    assert response.status_code == 200
    return response


def _discounts(basket) -> dict[str, Decimal]:
    return {d["name"]: d["discount"] for d in basket.offer_applications}


def _messages(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


def test_welcome10_applies_to_a_skillet_on_top_of_the_home_and_kitchen_offer(client):
    _add(client, SKILLET)

    response = _apply_welcome10(client)
    basket = response.context["basket"]

    # £45.00: 10% off home and kitchen (£4.50) and WELCOME10's 10% (£4.50).
    assert _discounts(basket) == {
        SITE_OFFER_NAME: Decimal("4.50"),
        VOUCHER_OFFER_NAME: Decimal("4.50"),
    }
    assert basket.total_excl_tax == Decimal("36.00")
    assert f"Voucher '{VOUCHER_CODE}' added to basket" in _messages(response)
    html = response.content.decode()
    assert escape(SITE_OFFER_NAME) in html and VOUCHER_CODE in html
    assert "£36.00" in html


def _outside_home_and_kitchen() -> Product:
    """A standalone product in stock that the home-and-kitchen range does not hold."""
    site_range = get_model("offer", "Range").objects.get(name="Home and kitchen")
    in_range = site_range.all_products().values("pk")
    return (
        Product.objects.browsable()
        .filter(structure=Product.STANDALONE, stockrecords__num_in_stock__gt=0)
        .exclude(pk__in=in_range)
        .order_by("title")
        .first()
    )


def test_welcome10_with_a_discounted_and_an_undiscounted_product_keeps_both_discounts(client):
    other = _outside_home_and_kitchen()
    _add(client, LAMP)
    _add(client, other.title)

    basket = _apply_welcome10(client).context["basket"]

    line = next(line for line in basket.all_lines() if line.product == other)
    other_price = line.unit_price_excl_tax
    # Each line's share rounded down to the penny, as Oscar rounds an offer's total.
    voucher = Decimal("9.50") + (other_price / 10).quantize(Decimal("0.01"), ROUND_DOWN)
    assert _discounts(basket) == {SITE_OFFER_NAME: Decimal("9.50"), VOUCHER_OFFER_NAME: voucher}
    # What the basket shows adds up: subtotal less the two discounts is the total.
    assert basket.total_excl_tax == Decimal("95.00") + other_price - Decimal("9.50") - voucher
    assert basket.total_excl_tax == sum(
        line.line_price_excl_tax_incl_discounts for line in basket.all_lines()
    )
