"""One product card: wherever Oscar renders a product (`{% render_product %}`: recently viewed,
recommendations, offers, wish lists), the shopper sees the shop's card, not Oscar's pod."""

from decimal import Decimal as D

import pytest
from django.contrib.auth.models import AnonymousUser
from django.template import Context, Template
from oscar.test.factories import create_product

pytestmark = pytest.mark.django_db


def test_oscar_render_product_shows_the_shops_product_card(rf):
    product = create_product(title="Smoked Tea", price=D("4.50"), num_in_stock=3)
    request = rf.get("/")
    request.user = AnonymousUser()

    html = Template("{% load product_tags %}{% render_product product %}").render(
        Context({"request": request, "product": product})
    )

    assert 'class="product-card card' in html and "product_pod" not in html
    assert "Smoked Tea" in html and "£4.50" in html
    assert "Add to basket" in html
