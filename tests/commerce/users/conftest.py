import re
import time

import pytest
from django.contrib.auth.hashers import MD5PasswordHasher
from django.core import mail
from oscar.apps.customer.signals import user_registered

# The subjects of the account emails (commerce/users/templates/oscar/communication/emails/).
VERIFY_SUBJECT = "Confirm your email address"
ATTEMPT_SUBJECT = "Someone tried to register"
CHANGE_CONFIRM_SUBJECT = "Confirm your new email address"
CHANGE_REQUESTED_SUBJECT = "A change of your email address"
# Oscar's own EMAIL_CHANGED event type.
CHANGED_SUBJECT = "Your email address has changed"

PASSPHRASE = "a long enough passphrase"


@pytest.fixture
def registrations():
    """The accounts Oscar's `user_registered` signal announced during the test, in order."""
    announced = []

    def receiver(sender, user, **kwargs):
        announced.append(user)

    user_registered.connect(receiver)
    yield announced
    user_registered.disconnect(receiver)


def emails_to(to: str, subject: str) -> list:
    """The emails sent to `to` so far whose subject starts with `subject`."""
    return [m for m in mail.outbox if m.to == [to] and m.subject.startswith(subject)]


def links_in(message) -> list[str]:
    """The paths of the links in an email's text."""
    return re.findall(r"https?://[^/\s]+(/\S*)", message.body)


def link_token(path: str) -> str:
    """The token of an account link (/shop/accounts/email/<verify|change>/<token>/)."""
    return path.rstrip("/").rsplit("/", 1)[1]


class CountingHasher(MD5PasswordHasher):
    """Django's test hasher, counting how often a password is hashed."""

    calls = 0

    def encode(self, password, salt):
        CountingHasher.calls += 1
        return super().encode(password, salt)


@pytest.fixture
def hashes(settings):
    settings.PASSWORD_HASHERS = ["tests.commerce.users.conftest.CountingHasher"]
    CountingHasher.calls = 0
    return CountingHasher


@pytest.fixture
def later(monkeypatch):
    """later(seconds): from now on the clock (signed links, cache expiry) reads that much later."""
    real_time = time.time

    def move(seconds: float) -> None:
        monkeypatch.setattr(time, "time", lambda: real_time() + seconds)

    return move
