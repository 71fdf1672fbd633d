"""The shop's own account pages (Oscar's) create and change accounts through the services."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from tests.api.helpers import PASSWORD
from tests.commerce.users.conftest import welcome_emails

pytestmark = pytest.mark.django_db

PASSPHRASE = "a long enough passphrase"


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


@pytest.mark.parametrize("register", [register_on_registration_page, register_on_login_page])
def test_signing_up_on_the_site_announces_the_account_once_sends_one_welcome_and_signs_in(
    client, registrations, django_capture_on_commit_callbacks, register
):
    with django_capture_on_commit_callbacks() as after_commit:
        response = register(client, "ada@example.com")
    assert welcome_emails("ada@example.com") == []  # sent once the account is committed
    for callback in after_commit:
        callback()

    assert response.status_code == 302
    assert response.url == reverse("customer:summary")
    user = get_user_model().objects.get(email="ada@example.com")
    assert registrations == [user]
    assert len(welcome_emails("ada@example.com")) == 1
    assert response.wsgi_request.user == user


@pytest.mark.parametrize("register", [register_on_registration_page, register_on_login_page])
def test_signing_up_on_the_site_with_a_taken_address_shows_the_form_again(
    client, make_user, registrations, register
):
    make_user(email="ada@example.com")
    response = register(client, "ADA@example.com")
    assert response.status_code == 200
    assert "already exists" in response.content.decode()
    assert registrations == []
    assert get_user_model().objects.count() == 1


def update_profile(client, **fields):
    data = {"first_name": "", "last_name": "", "email": "shopper@example.com", **fields}
    return client.post(reverse("customer:profile-update"), data)


def test_a_shopper_changes_name_and_address_on_the_profile_page_and_the_old_address_is_told(
    client, shopper
):
    client.force_login(shopper)
    response = update_profile(client, first_name="Grace", email="Grace@EXAMPLE.com")
    assert response.status_code == 302
    shopper.refresh_from_db()
    assert (shopper.first_name, shopper.email) == ("Grace", "Grace@example.com")
    # Oscar's warning to the old address, with a password-reset link.
    assert [m.to for m in mail.outbox] == [["shopper@example.com"]]


def test_the_profile_page_refuses_another_accounts_address(client, shopper, make_user):
    make_user(email="taken@example.com")
    client.force_login(shopper)
    response = update_profile(client, email="Taken@example.com")
    assert response.status_code == 200
    assert "already exists" in response.content.decode()
    shopper.refresh_from_db()
    assert shopper.email == "shopper@example.com"
    assert client.login(username="shopper@example.com", password=PASSWORD)
