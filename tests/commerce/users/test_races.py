"""Accounts under concurrent requests, on PostgreSQL with real threads: one address, one
account, and the losers get the form's or the API's "already exists", never a 500."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from rest_framework.test import APIClient

from tests.api.helpers import sign_in
from tests.concurrency import run_prepared_together

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.race]

RACERS = 6
PASSPHRASE = "a long enough passphrase"


def race(request_for, racers=RACERS) -> list:
    """Runs `request_for(index)` in `racers` threads released together; their responses."""
    responses = run_prepared_together(*[(lambda i=i: request_for(i)) for i in range(racers)])
    failures = [r for r in responses if isinstance(r, Exception)]
    assert not failures, failures
    return responses


def test_shoppers_racing_to_take_one_address_through_the_api_one_wins_the_others_are_told(
    make_user,
):
    for index in range(RACERS):
        make_user(email=f"shopper{index}@example.com")

    def request_for(index):
        client = APIClient()
        access = sign_in(client, email=f"shopper{index}@example.com").json()["access"]
        client.credentials(HTTP_AUTHORIZATION=f"Bearer {access}")
        return lambda: client.patch("/api/v1/me/", {"email": "Wanted@example.com"})

    responses = race(request_for)

    assert sorted(r.status_code for r in responses) == [200] + [400] * (RACERS - 1)
    for refused in (r for r in responses if r.status_code == 400):
        assert refused.json()["error"]["fields"]["email"] == [
            "An account with this email already exists: sign in or reset the password."
        ]
    assert get_user_model().objects.filter(email__iexact="wanted@example.com").count() == 1


def test_shoppers_racing_on_the_profile_page_for_one_address_never_see_an_error_page(
    make_user,
):
    users = [make_user(email=f"shopper{index}@example.com") for index in range(RACERS)]

    def request_for(index):
        client = Client()
        client.force_login(users[index])
        data = {"first_name": "", "last_name": "", "email": "wanted@example.com"}
        return lambda: client.post(reverse("customer:profile-update"), data)

    responses = race(request_for)

    assert sorted(r.status_code for r in responses) == [200] * (RACERS - 1) + [302]
    for refused in (r for r in responses if r.status_code == 200):
        assert "already exists" in refused.content.decode()
    assert get_user_model().objects.filter(email__iexact="wanted@example.com").count() == 1


def test_sign_ups_racing_for_one_address_on_the_site_and_the_api_open_one_account(db):
    def request_for(index):
        if index % 2:
            client = APIClient()
            body = {"email": "ada@example.com", "password": PASSPHRASE}
            return lambda: client.post(
                "/api/v1/auth/register/", body, REMOTE_ADDR=f"203.0.113.{index}"
            )
        client = Client()
        body = {"email": "Ada@example.com", "password1": PASSPHRASE, "password2": PASSPHRASE}
        return lambda: client.post(reverse("customer:register"), body)

    responses = race(request_for)

    statuses = [r.status_code for r in responses]
    assert all(status < 500 for status in statuses), statuses
    # One sign-up wins (201 from the API or 302 from the site), every other one is refused.
    assert sum(status in (201, 302) for status in statuses) == 1
    assert get_user_model().objects.filter(email__iexact="ada@example.com").count() == 1
