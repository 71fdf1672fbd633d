"""The shopper's checkout steps, driven through the Django test client like a browser would."""

from importlib import import_module

from django.apps import apps
from django.urls import reverse
from oscar.test.factories import CountryFactory

from tests.factories import CategoryFactory, ProductFactory

ADDRESS = {
    "first_name": "Ada",
    "last_name": "Lovelace",
    "line1": "1 Loom Street",
    "line4": "London",
    "postcode": "N1 9GU",
    "phone_number": "",
    "notes": "",
}


def delivery_methods_ready():
    """The delivery methods a fresh shop has, made by its data migration (Standard, Express)."""
    # Transactional tests flush what migrations wrote; the migration's own function brings the
    # methods back exactly as a fresh shop has them (and leaves existing ones alone).
    migration = import_module("commerce.core.migrations.0003_shipping_methods")
    migration.shipping_methods_create(apps, None)


def shop_ready(*, title: str = "Linen tea towel", price: str = "12.00", in_stock: int = 10):
    """A shipping country, the delivery methods and a stock-tracked product in a public
    category."""
    CountryFactory(iso_3166_1_a2="GB", printable_name="United Kingdom", is_shipping_country=True)
    delivery_methods_ready()
    product = ProductFactory(
        title=title, price=price, stock=in_stock, categories=[CategoryFactory(name="Kitchen")]
    )
    assert product.get_product_class().track_stock
    return product


def add_to_basket(client, product, quantity: int = 1):
    page = client.get(product.get_absolute_url())
    assert page.status_code == 200
    assert reverse("basket:add", kwargs={"pk": product.pk}) in page.content.decode()
    response = client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": quantity})
    assert response.status_code == 302
    return response


def start_as_guest(client, email: str):
    response = client.post(reverse("checkout:index"), {"username": email, "options": "anonymous"})
    assert response.status_code == 302, response.content.decode()[:2000]
    assert response.url == reverse("checkout:shipping-address")
    return response


def enter_address(client, **overrides):
    return client.post(reverse("checkout:shipping-address"), {**ADDRESS, **overrides})


def choose_shipping(client, code: str):
    return client.post(reverse("checkout:shipping-method"), {"method_code": code})


def choose_payment(client, method: str):
    """Submit the payment-details form; the answer is the order preview."""
    return client.post(reverse("checkout:preview"), {"payment_method": method})


def place_order(client, method: str, **kwargs):
    return client.post(
        reverse("checkout:preview"),
        {"action": "place_order", "payment_method": method},
        **kwargs,
    )


def checkout_to_preview(client, *, product, email: str | None, shipping: str, payment: str):
    """Add one unit to the basket and walk every step up to the order preview."""
    add_to_basket(client, product)
    if email:
        start_as_guest(client, email)
    else:
        assert client.get(reverse("checkout:index")).url == reverse("checkout:shipping-address")
    response = enter_address(client)
    assert response.status_code == 302 and response.url == reverse("checkout:shipping-method")
    response = choose_shipping(client, shipping)
    assert response.status_code == 302 and response.url == reverse("checkout:payment-method")
    assert client.get(reverse("checkout:payment-method")).url == reverse("checkout:payment-details")
    assert client.get(reverse("checkout:payment-details")).status_code == 200
    preview = choose_payment(client, payment)
    assert preview.status_code == 200
    return preview
