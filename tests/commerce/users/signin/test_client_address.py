"""Lockouts count by the client's real address: X-Forwarded-For is believed only as far as the
configured proxies (TRUSTED_PROXY_COUNT) wrote it."""

import pytest
from django.test import Client, RequestFactory

from commerce.users.signin import client_ip
from tests.api.helpers import PASSWORD

from .paths import SHOP_LOGIN

EMAIL = "ann@example.com"
PROXY = "10.0.0.2"


def address_of(**meta) -> str | None:
    return client_ip(RequestFactory().get("/", **meta))


def test_without_proxies_the_client_is_the_peer_whatever_it_forwards(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert address_of(REMOTE_ADDR="203.0.113.5", HTTP_X_FORWARDED_FOR="1.2.3.4") == "203.0.113.5"


def test_behind_one_proxy_the_client_is_the_right_most_forwarded_address(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    forwarded = "1.2.3.4, 203.0.113.5"  # the left one was made up by the client
    assert address_of(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded) == "203.0.113.5"
    assert address_of(REMOTE_ADDR=PROXY) == PROXY


def test_a_forwarded_value_that_is_not_an_address_falls_back_to_the_peer(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    assert address_of(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="<script>") == PROXY


def test_behind_two_proxies_the_client_is_what_the_outer_proxy_saw(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    forwarded = "1.2.3.4, 203.0.113.5, 10.0.0.1"
    assert address_of(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded) == "203.0.113.5"


def test_the_api_throttles_read_the_same_proxy_count(settings):
    from rest_framework.settings import api_settings

    assert api_settings.NUM_PROXIES == settings.TRUSTED_PROXY_COUNT


@pytest.mark.django_db
def test_without_proxies_changing_x_forwarded_for_neither_resets_nor_escapes_a_lockout(
    settings, make_user
):
    settings.TRUSTED_PROXY_COUNT = 0
    make_user(email=EMAIL)
    client = Client(REMOTE_ADDR="203.0.113.5")
    for attempt in range(5):
        SHOP_LOGIN.sign_in(client, EMAIL, "wrong", HTTP_X_FORWARDED_FOR=f"192.0.2.{attempt}")
    refused = SHOP_LOGIN.sign_in(client, EMAIL, PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.99")
    assert refused.status_code == 429


@pytest.mark.django_db
def test_behind_one_proxy_the_lockout_follows_the_forwarded_client(settings, make_user):
    settings.TRUSTED_PROXY_COUNT = 1
    make_user(email=EMAIL)
    client = Client(REMOTE_ADDR=PROXY)
    for _ in range(5):
        SHOP_LOGIN.sign_in(client, EMAIL, "wrong", HTTP_X_FORWARDED_FOR="9.9.9.9, 203.0.113.5")
    # The attacker is locked out whatever they put on the left...
    forged = "198.51.100.7, 203.0.113.5"
    refused = SHOP_LOGIN.sign_in(client, EMAIL, PASSWORD, HTTP_X_FORWARDED_FOR=forged)
    assert refused.status_code == 429
    # ...and the owner, through the same proxy from elsewhere, signs in.
    owner = Client(REMOTE_ADDR=PROXY)
    response = SHOP_LOGIN.sign_in(owner, EMAIL, PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert response.status_code == 302
