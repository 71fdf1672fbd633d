import pytest
from django.core import mail
from oscar.apps.customer.signals import user_registered

# Oscar's welcome email (its REGISTRATION communication event type).
WELCOME_SUBJECT = "Thank you for registering."


@pytest.fixture
def registrations():
    """The accounts Oscar's `user_registered` signal announced during the test, in order."""
    announced = []

    def receiver(sender, user, **kwargs):
        announced.append(user)

    user_registered.connect(receiver)
    yield announced
    user_registered.disconnect(receiver)


def welcome_emails(to: str) -> list:
    """Oscar's welcome emails sent to `to` so far."""
    return [m for m in mail.outbox if m.subject == WELCOME_SUBJECT and m.to == [to]]
