import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from rest_framework.test import APIClient

from tests.api.helpers import PASSWORD, api_client_of, sign_in
from tests.commerce.users.conftest import (
    ATTEMPT_SUBJECT,
    CHANGE_CONFIRM_SUBJECT,
    CHANGE_REQUESTED_SUBJECT,
    CHANGED_SUBJECT,
    PASSPHRASE,
    VERIFY_SUBJECT,
    emails_to,
    link_token,
    links_in,
)

pytestmark = pytest.mark.django_db

CHECK_INBOX = (
    "Check your inbox: we sent a link to new@example.com to confirm the address. "
    "Sign in with POST /api/v1/auth/token/ to go on shopping."
)


def register(client, **body):
    return client.post("/api/v1/auth/register/", body)


def test_registering_opens_an_unverified_account_that_can_sign_in_and_emails_it_a_link(
    api_client, registrations, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = register(api_client, email="new@example.com", password=PASSPHRASE)

    assert response.status_code == 202
    assert response.json() == {"message": CHECK_INBOX}
    assert registrations == [get_user_model().objects.get(email="new@example.com")]
    assert len(emails_to("new@example.com", VERIFY_SUBJECT)) == 1
    signed_in = sign_in(api_client, email="new@example.com", password=PASSPHRASE)
    assert signed_in.status_code == 200
    me = api_client.get("/api/v1/me/", HTTP_AUTHORIZATION=f"Bearer {signed_in.json()['access']}")
    assert me.json()["email_verified"] is False


def test_registering_a_taken_address_in_any_case_answers_the_same_and_tells_the_owner(
    registrations, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        free = register(APIClient(), email="new@example.com", password=PASSPHRASE)
        taken = register(APIClient(), email="new@example.com", password="another passphrase")
        other_case = register(APIClient(), email="NEW@example.com", password=PASSPHRASE)

    assert (taken.status_code, taken.content) == (free.status_code, free.content)
    assert other_case.status_code == 202
    assert get_user_model().objects.count() == 1
    assert len(registrations) == 1
    told = emails_to("new@example.com", ATTEMPT_SUBJECT)[0]
    assert "/shop/accounts/login/" in told.body
    # The owner's password is untouched: the attempt's password does not sign in.
    assert sign_in(APIClient(), email="new@example.com", password=PASSPHRASE).status_code == 200


def test_registering_with_missing_fields_names_each_field(api_client, db):
    error = register(api_client).json()["error"]
    assert set(error["fields"]) == {"email", "password"}
    assert error["message"].startswith("Some fields are not valid")


def test_registering_with_a_weak_password_explains_why(api_client, db, settings):
    settings.AUTH_PASSWORD_VALIDATORS = [
        {
            "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
            "OPTIONS": {"min_length": 12},
        }
    ]
    response = register(api_client, email="new@example.com", password="short")
    assert response.status_code == 400
    assert "at least 12 characters" in response.json()["error"]["fields"]["password"][0]


def test_me_needs_a_token(api_client, db):
    response = api_client.get("/api/v1/me/")
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    error = response.json()["error"]
    assert error["code"] == "not_authenticated"
    assert "POST /api/v1/auth/token/" in error["message"]


def test_shopper_changes_their_name_without_their_password(signed_in_client, shopper):
    response = signed_in_client.patch("/api/v1/me/", {"first_name": "Grace"})
    assert response.status_code == 200
    assert response.json()["first_name"] == "Grace"
    shopper.refresh_from_db()
    assert shopper.first_name == "Grace"


@pytest.mark.parametrize(
    ("password", "error"),
    [
        (None, "Type your current password to change your email address."),
        ("wrong", "This is not your current password: type it again."),
    ],
)
def test_changing_the_email_needs_the_current_password(signed_in_client, shopper, password, error):
    body = {"email": "grace@example.com", "first_name": "Grace"}
    if password is not None:
        body["password"] = password
    response = signed_in_client.patch("/api/v1/me/", body)
    assert response.status_code == 400
    assert response.json()["error"]["fields"] == {"password": [error]}
    shopper.refresh_from_db()
    assert (shopper.email, shopper.first_name) == ("shopper@example.com", "")
    assert mail.outbox == []


def test_a_new_email_changes_only_once_the_link_sent_to_it_is_followed_and_the_old_one_is_told(
    signed_in_client, shopper, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in_client.patch(
            "/api/v1/me/", {"email": "grace@example.com", "password": PASSWORD}
        )
    assert response.status_code == 202
    body = response.json()
    assert body["email"] == "shopper@example.com"
    assert body["message"].startswith("Check your inbox at grace@example.com")
    shopper.refresh_from_db()
    assert shopper.email == "shopper@example.com"
    assert len(emails_to("shopper@example.com", CHANGE_REQUESTED_SUBJECT)) == 1
    [confirm] = emails_to("grace@example.com", CHANGE_CONFIRM_SUBJECT)
    token = link_token(links_in(confirm)[0])

    with django_capture_on_commit_callbacks(execute=True):
        confirmed = APIClient().post("/api/v1/auth/email/change/", {"token": token})
    assert confirmed.status_code == 200
    assert confirmed.json() == {"message": "Your email address is now grace@example.com."}
    shopper.refresh_from_db()
    assert shopper.email == "grace@example.com"
    assert len(emails_to("shopper@example.com", CHANGED_SUBJECT)) == 1
    assert sign_in(APIClient(), email="grace@example.com").status_code == 200
    # The link has done its work: it cannot be used again.
    again = APIClient().post("/api/v1/auth/email/change/", {"token": token})
    assert again.status_code == 400
    assert "earlier email address" in again.json()["error"]["message"]


def test_asking_for_another_accounts_address_answers_the_same_and_sends_it_no_link(
    signed_in_client, shopper, make_user
):
    make_user(email="taken@example.com")
    response = signed_in_client.patch(
        "/api/v1/me/", {"email": "Taken@example.com", "password": PASSWORD}
    )
    assert response.status_code == 202
    assert response.json()["message"].startswith("Check your inbox at Taken@example.com")
    assert emails_to("taken@example.com", CHANGE_CONFIRM_SUBJECT) == []
    shopper.refresh_from_db()
    assert shopper.email == "shopper@example.com"


def test_a_change_whose_address_was_taken_meanwhile_is_refused_with_what_to_do(
    signed_in_client, shopper, make_user, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        signed_in_client.patch("/api/v1/me/", {"email": "grace@example.com", "password": PASSWORD})
    [confirm] = emails_to("grace@example.com", CHANGE_CONFIRM_SUBJECT)
    make_user(email="Grace@example.com")

    response = APIClient().post(
        "/api/v1/auth/email/change/", {"token": link_token(links_in(confirm)[0])}
    )

    assert response.status_code == 400
    assert response.json()["error"]["fields"]["email"] == [
        "Another account has taken this address since you asked for the change: "
        "choose another address."
    ]
    shopper.refresh_from_db()
    assert shopper.email == "shopper@example.com"


def test_a_stolen_access_token_cannot_take_the_account_over(shopper):
    thief = api_client_of(shopper)
    response = thief.patch("/api/v1/me/", {"email": "thief@example.com"})
    assert response.status_code == 400
    shopper.refresh_from_db()
    assert shopper.email == "shopper@example.com"


def test_me_cannot_be_replaced_with_put(signed_in_client):
    response = signed_in_client.put("/api/v1/me/", {"first_name": "X"})
    assert response.status_code == 405
    assert response.json()["error"]["code"] == "method_not_allowed"
