"""API sign-in (POST /api/v1/auth/token/) is locked out per account and address like the site's
forms (django-axes), in the API's error format; the owner signs in from elsewhere."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.test import Client
from rest_framework.test import APIClient

from tests.api.helpers import sign_in
from tests.commerce.users.signin.paths import SHOP_LOGIN

pytestmark = pytest.mark.django_db

ATTACKER = "203.0.113.5"
OWNER = "198.51.100.7"


def test_five_wrong_passwords_lock_the_account_from_that_address_with_a_json_429(shopper):
    attacker = APIClient(REMOTE_ADDR=ATTACKER)
    statuses = [sign_in(attacker, password="wrong").status_code for _ in range(5)]
    assert statuses == [401, 401, 401, 401, 429]

    refused = sign_in(attacker)
    assert refused.status_code == 429
    error = refused.json()["error"]
    assert error["code"] == "locked_out"
    assert "15 minutes" in error["message"] and "reset the password" in error["message"]
    assert refused.headers["Retry-After"] == str(15 * 60)


def test_the_owner_signs_in_from_another_address_while_the_attacker_is_locked_out(shopper):
    attacker = APIClient(REMOTE_ADDR=ATTACKER)
    for _ in range(6):
        sign_in(attacker, password="wrong")
    assert sign_in(APIClient(REMOTE_ADDR=OWNER)).status_code == 200


def test_a_successful_api_sign_in_forgets_the_earlier_wrong_passwords(shopper):
    client = APIClient(REMOTE_ADDR=OWNER)
    for _ in range(4):
        sign_in(client, password="wrong")
    assert sign_in(client).status_code == 200
    assert not AccessAttempt.objects.exists()


def test_the_api_lockout_ends_after_the_cool_off(shopper):
    client = APIClient(REMOTE_ADDR=ATTACKER)
    for _ in range(5):
        sign_in(client, password="wrong")
    assert sign_in(client).status_code == 429
    AccessAttempt.objects.update(
        attempt_time=AccessAttempt.objects.get().attempt_time - timedelta(minutes=16)
    )
    assert sign_in(client).status_code == 200


def test_wrong_passwords_on_the_site_and_in_the_api_count_together(shopper):
    site = Client(REMOTE_ADDR=ATTACKER)
    for _ in range(3):
        SHOP_LOGIN.sign_in(site, shopper.email, "wrong")
    api = APIClient(REMOTE_ADDR=ATTACKER)
    statuses = [sign_in(api, password="wrong").status_code for _ in range(2)]
    assert statuses == [401, 429]
