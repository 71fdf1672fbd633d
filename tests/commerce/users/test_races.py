"""Accounts under concurrent requests, on PostgreSQL with real threads: one address, one
account, and the losers are answered as the winner is (sign-up) or told (email change),
never with a 500."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from rest_framework.test import APIClient

from tests.api.helpers import PASSWORD
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


def test_shoppers_racing_to_confirm_one_address_one_wins_the_others_are_told(make_user):
    from commerce.users.tokens import email_change_token

    users = [make_user(email=f"shopper{index}@example.com") for index in range(RACERS)]
    tokens = [email_change_token(user=user, new_email="Wanted@example.com") for user in users]

    def request_for(index):
        if index % 2:
            client = APIClient()
            return lambda: client.post("/api/v1/auth/email/change/", {"token": tokens[index]})
        client = Client()
        return lambda: client.post(reverse("users:email-change", args=[tokens[index]]))

    responses = race(request_for)

    assert all(r.status_code in (200, 302, 400) for r in responses)  # no 500
    assert get_user_model().objects.filter(email__iexact="wanted@example.com").count() == 1
    taken = "Another account has taken this address since you asked for the change"
    refused = [r for r in responses if taken in r.content.decode()]
    assert len(refused) == RACERS - 1


def test_shoppers_asking_for_one_address_on_the_profile_page_never_see_an_error_page(
    make_user,
):
    users = [make_user(email=f"shopper{index}@example.com") for index in range(RACERS)]

    def request_for(index):
        client = Client()
        client.force_login(users[index])
        data = {"first_name": "", "last_name": "", "email": "wanted@example.com"}
        return lambda: client.post(
            reverse("customer:profile-update"), {**data, "password": PASSWORD}
        )

    responses = race(request_for)

    assert [r.status_code for r in responses] == [302] * RACERS
    # Asking changes nothing: the address moves when a link is followed.
    assert not get_user_model().objects.filter(email__iexact="wanted@example.com").exists()


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

    # Every sign-up gets the one answer (202 from the API, 302 from the site); one account.
    assert [r.status_code for r in responses] == [302, 202] * (RACERS // 2)
    assert get_user_model().objects.filter(email__iexact="ada@example.com").count() == 1
