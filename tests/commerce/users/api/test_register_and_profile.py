import pytest
from django.contrib.auth import get_user_model

from tests.api.helpers import sign_in
from tests.commerce.users.conftest import welcome_emails

pytestmark = pytest.mark.django_db


def register(client, **body):
    return client.post("/api/v1/auth/register/", body)


def test_registering_opens_an_account_and_signs_it_in(api_client):
    response = register(
        api_client, email="new@example.com", password="a long enough passphrase", first_name="Ada"
    )
    assert response.status_code == 201
    body = response.json()
    assert body["user"]["email"] == "new@example.com"
    assert body["user"]["first_name"] == "Ada"
    assert "password" not in body["user"]
    me = api_client.get("/api/v1/me/", HTTP_AUTHORIZATION=f"Bearer {body['access']}")
    assert me.json()["email"] == "new@example.com"
    signed_in = sign_in(api_client, email="new@example.com", password="a long enough passphrase")
    assert signed_in.status_code == 200


def test_registering_announces_the_account_once_and_sends_one_welcome_email_after_commit(
    api_client, registrations, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as after_commit:
        response = register(api_client, email="new@example.com", password="a long passphrase")
    assert welcome_emails("new@example.com") == []  # sent once the account is committed
    for callback in after_commit:
        callback()

    assert response.status_code == 201
    assert registrations == [get_user_model().objects.get(email="new@example.com")]
    assert len(welcome_emails("new@example.com")) == 1


def test_registering_a_taken_email_in_any_case_says_so_on_the_email_field(api_client, shopper):
    response = register(api_client, email="SHOPPER@example.com", password="a long passphrase")
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid"
    assert "already exists" in error["fields"]["email"][0]
    assert get_user_model().objects.count() == 1


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


def test_shopper_changes_their_name_and_email(signed_in_client, shopper):
    response = signed_in_client.patch(
        "/api/v1/me/", {"first_name": "Grace", "email": "grace@example.com"}
    )
    assert response.status_code == 200
    assert response.json()["first_name"] == "Grace"
    shopper.refresh_from_db()
    assert (shopper.first_name, shopper.email) == ("Grace", "grace@example.com")


def test_shopper_cannot_take_another_accounts_email(signed_in_client, make_user):
    make_user(email="taken@example.com")
    response = signed_in_client.patch("/api/v1/me/", {"email": "Taken@example.com"})
    assert response.status_code == 400
    assert "email" in response.json()["error"]["fields"]


def test_me_cannot_be_replaced_with_put(signed_in_client):
    response = signed_in_client.put("/api/v1/me/", {"first_name": "X"})
    assert response.status_code == 405
    assert response.json()["error"]["code"] == "method_not_allowed"
