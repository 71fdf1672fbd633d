"""Failed API sign-ins are limited per client address (rate "sign_in"), whatever accounts they
aim at; one address's failures never keep anyone else out."""

import pytest
from rest_framework.test import APIClient

from tests.api.helpers import sign_in

pytestmark = pytest.mark.django_db

ATTACKER = "203.0.113.5"
OWNER = "198.51.100.7"


@pytest.fixture
def sign_in_rate(settings):
    def set_rate(rate: str):
        settings.REST_FRAMEWORK = {
            **settings.REST_FRAMEWORK,
            "DEFAULT_THROTTLE_RATES": {
                **settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"],
                "sign_in": rate,
            },
        }

    return set_rate


def test_failures_from_one_address_do_not_stop_the_owner_signing_in_from_another(shopper):
    attacker = APIClient(REMOTE_ADDR=ATTACKER)
    for _ in range(8):
        assert sign_in(attacker, password="wrong").status_code in (401, 429)
    assert sign_in(APIClient(REMOTE_ADDR=OWNER)).status_code == 200


def test_failed_sign_ins_to_many_accounts_from_one_address_are_throttled(make_user, sign_in_rate):
    sign_in_rate("3/min")
    for number in range(4):
        make_user(email=f"user{number}@example.com")
    attacker = APIClient(REMOTE_ADDR=ATTACKER)
    statuses = [
        sign_in(attacker, email=f"user{number}@example.com", password="wrong").status_code
        for number in range(3)
    ]
    assert statuses == [401, 401, 401]

    throttled = sign_in(attacker, email="user3@example.com")
    assert throttled.status_code == 429
    assert throttled.json()["error"]["code"] == "throttled"
    assert "Retry-After" in throttled.headers
    # Other addresses are not slowed down, not even for the same accounts.
    assert sign_in(APIClient(REMOTE_ADDR=OWNER), email="user3@example.com").status_code == 200


def test_a_forged_x_forwarded_for_does_not_escape_the_address_throttle(make_user, sign_in_rate):
    sign_in_rate("3/min")
    make_user(email="victim@example.com")
    attacker = APIClient(REMOTE_ADDR=ATTACKER)
    for attempt in range(3):
        sign_in(
            attacker,
            email=f"nobody{attempt}@example.com",
            password="wrong",
            HTTP_X_FORWARDED_FOR=f"192.0.2.{attempt}",
        )
    forged = sign_in(attacker, email="victim@example.com", HTTP_X_FORWARDED_FOR="192.0.2.99")
    assert forged.status_code == 429


def test_successful_sign_ins_are_not_counted_as_failures(api_client, shopper):
    for _ in range(25):
        assert sign_in(api_client).status_code == 200


def test_sign_in_is_allowed_again_after_the_minute(shopper, make_user, sign_in_rate, monkeypatch):
    import time

    sign_in_rate("3/min")
    real_time = time.time
    client = APIClient(REMOTE_ADDR=ATTACKER)
    for number in range(3):
        sign_in(client, email=f"nobody{number}@example.com", password="wrong")
    assert sign_in(client).status_code == 429
    monkeypatch.setattr(time, "time", lambda: real_time() + 61)
    assert sign_in(client).status_code == 200


def test_registrations_from_one_address_are_throttled(api_client, db, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {
            **settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"],
            "register": "2/hour",
        },
    }
    statuses = [
        api_client.post(
            "/api/v1/auth/register/",
            {"email": f"new{i}@example.com", "password": "a long enough passphrase"},
            HTTP_X_FORWARDED_FOR=f"203.0.113.{i}",
        ).status_code
        for i in range(3)
    ]
    assert statuses == [202, 202, 429]


def test_an_email_with_a_nul_character_is_a_400_not_a_500(api_client, db):
    response = sign_in(api_client, email="shop\x00per@example.com")
    assert response.status_code == 400
    assert "email" in response.json()["error"]["fields"]
