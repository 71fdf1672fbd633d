"""The account services: one sign-up path for the site and the API, errors a form can show."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import transaction

from commerce.users import services
from tests.api.helpers import PASSWORD
from tests.commerce.users.conftest import (
    ATTEMPT_SUBJECT,
    CHANGE_CONFIRM_SUBJECT,
    PASSPHRASE,
    VERIFY_SUBJECT,
    emails_to,
)

pytestmark = pytest.mark.django_db


def errors_of(excinfo) -> dict[str, list[str]]:
    return excinfo.value.message_dict


def test_signing_up_announces_the_account_once_and_emails_one_link_after_commit(
    registrations, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        user = services.user_register(
            email="Ada@Example.COM", password=PASSPHRASE, first_name="Ada"
        )
        assert mail.outbox == []  # not before the account is committed

    assert (user.email, user.first_name) == ("Ada@example.com", "Ada")
    assert user.check_password(PASSPHRASE)
    assert not user.email_verified
    assert registrations == [user]
    assert len(emails_to("Ada@example.com", VERIFY_SUBJECT)) == 1
    assert len(mail.outbox) == 1  # no second, bare "thank you for registering"


def test_a_sign_up_rolled_back_sends_no_email(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        services.user_register(email="ada@example.com", password=PASSPHRASE)
        transaction.set_rollback(True)
    assert mail.outbox == []
    assert not get_user_model().objects.filter(email="ada@example.com").exists()


def test_oscars_welcome_email_can_still_be_turned_on(settings, django_capture_on_commit_callbacks):
    settings.OSCAR_SEND_REGISTRATION_EMAIL = True
    with django_capture_on_commit_callbacks(execute=True):
        services.user_register(email="ada@example.com", password=PASSPHRASE)
    assert len(emails_to("ada@example.com", VERIFY_SUBJECT)) == 1
    assert len(emails_to("ada@example.com", "Thank you for registering.")) == 1


def test_signing_up_with_a_taken_address_opens_nothing_and_tells_the_owner(
    make_user, registrations, django_capture_on_commit_callbacks
):
    owner = make_user(email="ada@example.com")
    with django_capture_on_commit_callbacks(execute=True):
        assert services.user_register(email="ADA@example.com", password=PASSPHRASE) is None
    assert registrations == []
    assert get_user_model().objects.get() == owner
    assert len(emails_to("ada@example.com", ATTEMPT_SUBJECT)) == 1
    assert emails_to("ada@example.com", VERIFY_SUBJECT) == []


def test_repeated_attempts_on_a_taken_address_do_not_flood_its_owner(
    make_user, django_capture_on_commit_callbacks
):
    make_user(email="ada@example.com")
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(5):
            services.user_register(email="ada@example.com", password=PASSPHRASE)
    assert len(emails_to("ada@example.com", ATTEMPT_SUBJECT)) == 1


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


def test_keeping_ones_own_address_in_other_capitals_needs_no_link(shopper):
    assert (
        services.email_change_request(user=shopper, email="Shopper@Example.com", password=PASSWORD)
        is None
    )
    shopper.refresh_from_db()
    assert shopper.email == "Shopper@example.com"
    assert emails_to("Shopper@example.com", CHANGE_CONFIRM_SUBJECT) == []


def test_sending_back_the_same_address_changes_nothing_and_needs_no_password(shopper):
    assert services.email_change_request(user=shopper, email=shopper.email, password=None) is None


def test_password_change_needs_the_current_password(shopper):
    with pytest.raises(ValidationError) as excinfo:
        services.password_change(user=shopper, old_password="wrong", new_password=PASSPHRASE)
    assert errors_of(excinfo) == {
        "old_password": ["This is not your current password: type it again."]
    }


def test_password_change_sets_the_new_password(shopper):
    services.password_change(user=shopper, old_password=PASSWORD, new_password=PASSPHRASE)
    shopper.refresh_from_db()
    assert shopper.check_password(PASSPHRASE)
