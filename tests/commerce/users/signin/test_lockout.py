"""Wrong passwords on any of the site's sign-in forms lock that account out from that address
for a while (django-axes): the attacker's address, never the owner's."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from tests.api.helpers import PASSWORD

from .paths import SHOP_LOGIN, SIGN_IN_PATHS

pytestmark = pytest.mark.django_db

ATTACKER = "203.0.113.5"
OWNER = "198.51.100.7"
EMAIL = "ann@example.com"


@pytest.fixture
def ann(db):
    # Staff, so that every form (Wagtail's and Django admin's too) lets her in.
    return get_user_model().objects.create_superuser(EMAIL, PASSWORD)


def signed_in_as(client, response, user) -> bool:
    return response.status_code == 302 and client.session.get("_auth_user_id") == str(user.pk)


def assert_locked_out_page(response):
    assert response.status_code == 429
    page = response.content.decode()
    assert "Too many sign-in attempts" in page
    assert "15 minutes" in page
    assert reverse("password-reset") in page
    # In the site's layout: the shop's header and footer.
    assert 'id="main"' in page and "<footer" in page


def fail(path, client, times, **extra):
    for _ in range(times):
        response = path.sign_in(client, EMAIL, "wrong password", **extra)
        assert response.status_code in (200, 429)
    return response


@pytest.mark.parametrize("path", SIGN_IN_PATHS, ids=str)
def test_five_wrong_passwords_lock_the_account_from_that_address_but_not_from_the_owners(path, ann):
    attacker = Client(REMOTE_ADDR=ATTACKER)
    path.ready(attacker)
    fail(path, attacker, 5)

    refused = path.sign_in(attacker, EMAIL, PASSWORD)
    assert_locked_out_page(refused)
    assert "_auth_user_id" not in attacker.session

    owner = Client(REMOTE_ADDR=OWNER)
    path.ready(owner)
    assert signed_in_as(owner, path.sign_in(owner, EMAIL, PASSWORD), ann)


def test_fewer_wrong_passwords_than_the_limit_still_let_the_right_one_in(ann):
    client = Client(REMOTE_ADDR=ATTACKER)
    fail(SHOP_LOGIN, client, 4)
    assert signed_in_as(client, SHOP_LOGIN.sign_in(client, EMAIL, PASSWORD), ann)


def test_signing_in_forgets_the_earlier_wrong_passwords(ann):
    client = Client(REMOTE_ADDR=OWNER)
    fail(SHOP_LOGIN, client, 4)
    assert signed_in_as(client, SHOP_LOGIN.sign_in(client, EMAIL, PASSWORD), ann)
    client.logout()
    fail(SHOP_LOGIN, client, 4)
    assert signed_in_as(client, SHOP_LOGIN.sign_in(client, EMAIL, PASSWORD), ann)


def test_the_email_in_another_letter_case_counts_against_the_same_account(ann):
    client = Client(REMOTE_ADDR=ATTACKER)
    for variant in ["ANN@example.com", "Ann@Example.com", " ann@EXAMPLE.COM", "ann@example.com"]:
        SHOP_LOGIN.sign_in(client, variant, "wrong password")
    SHOP_LOGIN.sign_in(client, "aNn@example.com", "wrong password")
    assert_locked_out_page(SHOP_LOGIN.sign_in(client, EMAIL, PASSWORD))


def test_the_lockout_ends_after_the_cool_off(ann):
    client = Client(REMOTE_ADDR=ATTACKER)
    fail(SHOP_LOGIN, client, 5)
    assert SHOP_LOGIN.sign_in(client, EMAIL, PASSWORD).status_code == 429
    # Trying while locked out did not extend the wait the page announced: 16 minutes after
    # the last wrong password, the right one is let in.
    last_failure = AccessAttempt.objects.get().attempt_time
    AccessAttempt.objects.update(attempt_time=last_failure - timedelta(minutes=16))
    assert signed_in_as(client, SHOP_LOGIN.sign_in(client, EMAIL, PASSWORD), ann)


def test_wrong_passwords_for_one_account_do_not_lock_another_from_the_same_address(ann, make_user):
    other = make_user(email="bob@example.com")
    client = Client(REMOTE_ADDR=ATTACKER)
    fail(SHOP_LOGIN, client, 5)
    assert signed_in_as(client, SHOP_LOGIN.sign_in(client, "bob@example.com", PASSWORD), other)
