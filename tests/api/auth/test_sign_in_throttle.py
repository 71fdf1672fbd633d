import pytest

from tests.api.helpers import sign_in

pytestmark = pytest.mark.django_db


def test_five_failed_sign_ins_in_a_minute_lock_the_account_whatever_the_forwarded_address(
    api_client, shopper
):
    for attempt in range(5):
        response = sign_in(
            api_client, password="wrong", HTTP_X_FORWARDED_FOR=f"203.0.113.{attempt}"
        )
        assert response.status_code == 401

    locked = sign_in(api_client, password="wrong", HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert locked.status_code == 429
    assert locked.json()["error"]["code"] == "throttled"
    assert "Retry-After" in locked.headers
    # Even the right password waits, and so does the same email in other letter case.
    assert sign_in(api_client, HTTP_X_FORWARDED_FOR="198.51.100.8").status_code == 429
    assert sign_in(api_client, email="SHOPPER@example.com").status_code == 429


def test_failed_sign_ins_for_one_account_do_not_lock_another(api_client, make_user):
    make_user(email="victim@example.com")
    make_user(email="other@example.com")
    for _ in range(6):
        sign_in(api_client, email="victim@example.com", password="wrong")
    assert sign_in(api_client, email="other@example.com").status_code == 200


def test_successful_sign_ins_are_not_counted_as_failures(api_client, shopper):
    for _ in range(8):
        assert sign_in(api_client).status_code == 200


def test_sign_in_is_allowed_again_after_the_minute(api_client, shopper, monkeypatch):
    import time

    real_time = time.time
    for _ in range(5):
        sign_in(api_client, password="wrong")
    assert sign_in(api_client).status_code == 429
    monkeypatch.setattr(time, "time", lambda: real_time() + 61)
    assert sign_in(api_client).status_code == 200


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


def test_spelling_variants_of_one_address_count_against_the_same_account(api_client, shopper):
    variants = [" shopper@example.com", "shopper@EXAMPLE.com", "Shopper@example.com"]
    for variant in variants + ["SHOPPER@Example.COM", "shopper@example.com "]:
        sign_in(api_client, email=variant, password="wrong")
    assert sign_in(api_client).status_code == 429


def test_an_email_with_a_nul_character_is_a_400_not_a_500(api_client, db):
    response = sign_in(api_client, email="shop\x00per@example.com")
    assert response.status_code == 400
    assert "email" in response.json()["error"]["fields"]
