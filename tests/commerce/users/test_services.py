"""The account services: one sign-up path for the site and the API, errors a form can show."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import transaction

from commerce.users import services
from tests.commerce.users.conftest import welcome_emails

pytestmark = pytest.mark.django_db

PASSPHRASE = "a long enough passphrase"


def errors_of(excinfo) -> dict[str, list[str]]:
    return excinfo.value.message_dict


def test_signing_up_announces_the_account_once_and_sends_one_welcome_email_after_commit(
    registrations, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        user = services.user_register(
            email="Ada@Example.COM", password=PASSPHRASE, first_name="Ada"
        )
        assert welcome_emails("Ada@example.com") == []  # not before the account is committed

    assert (user.email, user.first_name) == ("Ada@example.com", "Ada")
    assert user.check_password(PASSPHRASE)
    assert registrations == [user]
    assert len(welcome_emails("Ada@example.com")) == 1


def test_a_sign_up_rolled_back_sends_no_welcome_email(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        services.user_register(email="ada@example.com", password=PASSPHRASE)
        transaction.set_rollback(True)
    assert mail.outbox == []
    assert not get_user_model().objects.filter(email="ada@example.com").exists()


def test_no_welcome_email_when_the_shop_turns_registration_emails_off(
    settings, registrations, django_capture_on_commit_callbacks
):
    settings.OSCAR_SEND_REGISTRATION_EMAIL = False
    with django_capture_on_commit_callbacks(execute=True):
        user = services.user_register(email="ada@example.com", password=PASSPHRASE)
    assert registrations == [user]
    assert mail.outbox == []


def test_signing_up_with_a_taken_address_in_any_case_says_what_to_do(make_user, registrations):
    make_user(email="ada@example.com")
    with pytest.raises(ValidationError) as excinfo:
        services.user_register(email="ADA@example.com", password=PASSPHRASE)
    assert errors_of(excinfo) == {
        "email": ["An account with this email already exists: sign in or reset the password."]
    }
    assert registrations == []


def test_signing_up_with_a_weak_password_names_the_password_field(settings, registrations):
    settings.AUTH_PASSWORD_VALIDATORS = [
        {
            "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
            "OPTIONS": {"min_length": 12},
        }
    ]
    with pytest.raises(ValidationError) as excinfo:
        services.user_register(email="ada@example.com", password="short")
    assert "at least 12 characters" in errors_of(excinfo)["password"][0]
    assert registrations == []
    assert not get_user_model().objects.exists()


def test_updating_changes_only_the_fields_given(shopper):
    services.user_update(user=shopper, first_name="Grace")
    shopper.refresh_from_db()
    assert (shopper.first_name, shopper.email) == ("Grace", "shopper@example.com")


def test_taking_another_accounts_address_is_refused_and_leaves_the_account_unchanged(
    shopper, make_user
):
    make_user(email="taken@example.com")
    with pytest.raises(ValidationError) as excinfo:
        services.user_update(user=shopper, email="Taken@EXAMPLE.com", first_name="Grace")
    assert "already exists" in errors_of(excinfo)["email"][0]
    # Neither the database nor the caller's object keeps the refused change.
    assert (shopper.email, shopper.first_name) == ("shopper@example.com", "")
    shopper.refresh_from_db()
    assert (shopper.email, shopper.first_name) == ("shopper@example.com", "")


def test_keeping_ones_own_address_in_other_capitals_is_allowed(shopper):
    services.user_update(user=shopper, email="Shopper@Example.com")
    shopper.refresh_from_db()
    assert shopper.email == "Shopper@example.com"


def test_password_change_needs_the_current_password(shopper):
    with pytest.raises(ValidationError) as excinfo:
        services.password_change(user=shopper, old_password="wrong", new_password=PASSPHRASE)
    assert errors_of(excinfo) == {
        "old_password": ["This is not your current password: type it again."]
    }


def test_password_change_sets_the_new_password(shopper):
    from tests.api.helpers import PASSWORD

    services.password_change(user=shopper, old_password=PASSWORD, new_password=PASSPHRASE)
    shopper.refresh_from_db()
    assert shopper.check_password(PASSPHRASE)
