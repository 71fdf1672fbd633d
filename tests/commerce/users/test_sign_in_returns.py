"""Signing in or registering brings the shopper back to the page they were on."""

import re
from html import unescape

import pytest
from django.urls import reverse

from tests.commerce.checkout.steps import shop_ready
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "a long enough passphrase"


def _sign_in_link(html: str) -> str:
    match = re.search(r'id="login_link" href="([^"]+)"', html)
    assert match, "the header has no sign-in link"
    return unescape(match.group(1))


def _redirect_field(html: str, prefix: str) -> str:
    match = re.search(rf'name="{prefix}-redirect_url" value="([^"]*)"', html)
    assert match, f"the {prefix} form carries no return address"
    return unescape(match.group(1))


def test_the_header_sign_in_link_carries_the_page_the_shopper_is_on(client):
    product = shop_ready()
    path = product.get_absolute_url()

    link = _sign_in_link(client.get(path, {"page": "2"}).content.decode())

    assert link.startswith(reverse("customer:login") + "?next=")
    login_page = client.get(link).content.decode()
    assert _redirect_field(login_page, "login") == f"{path}?page=2"
    assert _redirect_field(login_page, "registration") == f"{path}?page=2"
    # the sign-in page's own header link keeps the same return address
    assert _sign_in_link(login_page) == link


def test_signing_in_returns_the_shopper_to_the_product_they_were_reading(client):
    product = shop_ready()
    UserFactory(email="grace@example.com", password=PASSWORD)
    link = _sign_in_link(client.get(product.get_absolute_url()).content.decode())
    redirect_url = _redirect_field(client.get(link).content.decode(), "login")

    response = client.post(
        link,
        {
            "login-username": "grace@example.com",
            "login-password": PASSWORD,
            "login-redirect_url": redirect_url,
            "login_submit": "Sign in",
        },
    )

    assert response.status_code == 302
    assert response.url == product.get_absolute_url()


def test_registering_then_signing_in_returns_the_shopper_to_the_product_they_were_reading(
    client,
):
    product = shop_ready()
    link = _sign_in_link(client.get(product.get_absolute_url()).content.decode())
    redirect_url = _redirect_field(client.get(link).content.decode(), "registration")

    registered = client.post(
        link,
        {
            "registration-email": "new@example.com",
            "registration-password1": PASSWORD,
            "registration-password2": PASSWORD,
            "registration-redirect_url": redirect_url,
            "registration_submit": "Register",
        },
    )
    # Registering signs nobody in (the answer must not tell whether the address was free):
    # the sign-in page it leads to carries the way back.
    assert registered.status_code == 302
    sign_in_page = client.get(registered.url).content.decode()
    response = client.post(
        registered.url,
        {
            "login-username": "new@example.com",
            "login-password": PASSWORD,
            "login-redirect_url": _redirect_field(sign_in_page, "login"),
            "login_submit": "Sign in",
        },
    )

    assert response.status_code == 302
    assert response.url == product.get_absolute_url()
