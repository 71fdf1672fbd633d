"""The shop's own account pages (Oscar's) create and change accounts through the services,
without telling which addresses have accounts."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.core import mail
from django.test import Client
from django.urls import reverse

from tests.api.helpers import PASSWORD
from tests.commerce.users.conftest import (
    ATTEMPT_SUBJECT,
    CHANGE_CONFIRM_SUBJECT,
    CHANGE_REQUESTED_SUBJECT,
    CHANGED_SUBJECT,
    PASSPHRASE,
    VERIFY_SUBJECT,
    emails_to,
    links_in,
)

pytestmark = pytest.mark.django_db


def register_on_registration_page(client, email):
    return client.post(
        reverse("customer:register"),
        {"email": email, "password1": PASSPHRASE, "password2": PASSPHRASE},
    )


def register_on_login_page(client, email):
    return client.post(
        reverse("customer:login"),
        {
            "registration-email": email,
            "registration-password1": PASSPHRASE,
            "registration-password2": PASSPHRASE,
            "registration_submit": "Register",
        },
    )


def answer(response) -> tuple:
    """What the visitor sees of a sign-up: status, where it leads, the messages shown."""
    shown = [str(m) for m in get_messages(response.wsgi_request)]
    return response.status_code, response.get("Location"), shown


@pytest.mark.parametrize("register", [register_on_registration_page, register_on_login_page])
def test_signing_up_opens_an_unverified_account_emails_a_link_and_says_to_check_the_inbox(
    client, registrations, django_capture_on_commit_callbacks, register
):
    with django_capture_on_commit_callbacks(execute=True):
        response = register(client, "ada@example.com")

    user = get_user_model().objects.get(email="ada@example.com")
    assert registrations == [user]
    assert not user.email_verified
    status, location, shown = answer(response)
    assert (status, location) == (302, reverse("customer:login") + "?next=%2Fshop%2Faccounts%2F")
    assert shown == [
        "Check your inbox: we sent a link to ada@example.com to confirm the address. "
        "Sign in to go on shopping."
    ]
    assert not response.wsgi_request.user.is_authenticated
    [verify] = emails_to("ada@example.com", VERIFY_SUBJECT)
    assert links_in(verify)[0].startswith("/shop/accounts/email/verify/")
    assert client.login(username="ada@example.com", password=PASSPHRASE)  # shops at once


@pytest.mark.parametrize("register", [register_on_registration_page, register_on_login_page])
def test_signing_up_with_a_taken_address_answers_exactly_as_for_a_free_one_and_tells_the_owner(
    registrations, django_capture_on_commit_callbacks, register
):
    with django_capture_on_commit_callbacks(execute=True):
        first = register(Client(), "ada@example.com")  # free: the account is opened
        owner = get_user_model().objects.get()
        again = register(Client(), "ada@example.com")  # taken now

    assert answer(again) == answer(first)
    assert registrations == [owner]
    assert get_user_model().objects.count() == 1
    assert owner.check_password(PASSPHRASE)
    [told] = emails_to("ada@example.com", ATTEMPT_SUBJECT)
    assert "/shop/accounts/login/" in told.body and "/shop/password-reset/" in told.body


def test_the_registration_page_does_not_say_an_address_is_taken_in_any_case(client, make_user):
    make_user(email="ada@example.com")
    response = register_on_registration_page(client, "ADA@example.com")
    assert response.status_code == 302
    assert get_user_model().objects.count() == 1


def test_signing_up_hashes_the_password_once_whether_or_not_the_address_is_taken(hashes, make_user):
    make_user(email="taken@example.com")
    counts = []
    for email in ("free@example.com", "taken@example.com"):
        before = hashes.calls
        register_on_registration_page(Client(), email)
        counts.append(hashes.calls - before)
    assert counts == [1, 1]


@pytest.mark.parametrize(
    ("choice", "leads_to"),
    [("new", "customer:register"), ("anonymous", "checkout:shipping-address")],
)
def test_the_checkouts_first_step_answers_alike_whether_or_not_the_address_has_an_account(
    make_user, choice, leads_to
):
    from tests.commerce.checkout.steps import add_to_basket, shop_ready

    product = shop_ready()
    make_user(email="taken@example.com")
    for email in ("free@example.com", "taken@example.com"):
        client = Client()
        add_to_basket(client, product)
        response = client.post(
            reverse("checkout:index"), {"username": email, "options": choice, "password": ""}
        )
        assert response.status_code == 302, response.content.decode()[:2000]
        assert response.url.startswith(reverse(leads_to))


def update_profile(client, **fields):
    data = {"first_name": "", "last_name": "", "email": "shopper@example.com", **fields}
    return client.post(reverse("customer:profile-update"), data)


def test_a_shopper_changes_their_name_on_the_profile_page_without_their_password(client, shopper):
    client.force_login(shopper)
    response = update_profile(client, first_name="Grace")
    assert response.status_code == 302
    shopper.refresh_from_db()
    assert (shopper.first_name, shopper.email) == ("Grace", "shopper@example.com")
    assert mail.outbox == []


def test_changing_the_email_on_the_profile_page_needs_the_current_password(client, shopper):
    client.force_login(shopper)
    for password, error in [
        ("", "Type your current password to change your email address."),
        ("wrong", "This is not your current password: type it again."),
    ]:
        response = update_profile(client, email="grace@example.com", password=password)
        assert response.status_code == 200
        assert error in response.content.decode()
    shopper.refresh_from_db()
    assert shopper.email == "shopper@example.com"
    assert mail.outbox == []


def test_a_new_email_from_the_profile_page_changes_when_its_link_is_followed(
    client, shopper, django_capture_on_commit_callbacks
):
    client.force_login(shopper)
    with django_capture_on_commit_callbacks(execute=True):
        response = update_profile(client, email="Grace@EXAMPLE.com", password=PASSWORD)
    assert response.status_code == 302
    shopper.refresh_from_db()
    assert shopper.email == "shopper@example.com"  # not yet
    [requested] = emails_to("shopper@example.com", CHANGE_REQUESTED_SUBJECT)
    assert "Grace@example.com" in requested.body
    [confirm] = emails_to("Grace@example.com", CHANGE_CONFIRM_SUBJECT)
    link = links_in(confirm)[0]

    page = Client().get(link)  # a mail scanner opening the link changes nothing
    assert page.status_code == 200
    shopper.refresh_from_db()
    assert shopper.email == "shopper@example.com"

    with django_capture_on_commit_callbacks(execute=True):
        followed = Client().post(link)
    assert followed.status_code == 302
    shopper.refresh_from_db()
    assert shopper.email == "Grace@example.com"
    [changed] = emails_to("shopper@example.com", CHANGED_SUBJECT)
    assert "Grace@example.com" in changed.body
    assert "/shop/password-reset/confirm/" in changed.body


def test_asking_for_another_accounts_address_answers_the_same_and_sends_it_nothing(
    client, shopper, make_user
):
    make_user(email="taken@example.com")
    client.force_login(shopper)
    response = update_profile(client, email="Taken@example.com", password=PASSWORD)
    assert response.status_code == 302
    shown = [str(m) for m in get_messages(response.wsgi_request)]
    assert shown[0].startswith("Check your inbox at Taken@example.com")
    assert emails_to("taken@example.com", CHANGE_CONFIRM_SUBJECT) == []
    shopper.refresh_from_db()
    assert shopper.email == "shopper@example.com"
