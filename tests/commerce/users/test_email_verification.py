"""Email verification: a new account confirms its address by a signed link that expires and
dies when the address changes; until then it shops but may not do what
EMAIL_VERIFIED_REQUIRED_FOR lists; new links are throttled per account."""

import importlib

import pytest
from django.apps import apps as django_apps
from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from commerce.affiliates.services.onboarding import affiliate_apply
from commerce.points.services.reservations import basket_open_for, points_reserve
from commerce.sellers.services.onboarding import seller_apply
from commerce.users import services
from commerce.users.tokens import email_verify_token
from tests.api.helpers import api_client_of
from tests.commerce.users.conftest import PASSPHRASE, VERIFY_SUBJECT, emails_to, links_in
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

EXPIRED = "This link has expired: ask for a new one."
STALE = "This link was made for an earlier email address of your account: ask for a new one."


@pytest.fixture
def newcomer(django_capture_on_commit_callbacks):
    """An account just opened through sign-up (its verification email sent)."""
    with django_capture_on_commit_callbacks(execute=True):
        return services.user_register(email="ada@example.com", password=PASSPHRASE)


def verify_link(email="ada@example.com") -> str:
    return links_in(emails_to(email, VERIFY_SUBJECT)[-1])[0]


def test_the_emailed_link_confirms_the_address_and_says_so(newcomer):
    client = Client()
    client.force_login(newcomer)
    response = client.get(verify_link())
    assert response.status_code == 302
    assert response.url == reverse("customer:profile-view")
    shown = [str(m) for m in get_messages(response.wsgi_request)]
    assert shown == ["Thank you: your email address is confirmed."]
    newcomer.refresh_from_db()
    assert newcomer.email_verified


def test_the_link_works_without_signing_in(newcomer):
    response = Client().get(verify_link())
    assert response.url == reverse("customer:login")
    newcomer.refresh_from_db()
    assert newcomer.email_verified


def test_an_expired_link_is_refused_with_what_to_do(newcomer, settings, later):
    later(settings.EMAIL_VERIFICATION_MAX_AGE + 1)
    response = Client().get(verify_link())
    assert response.status_code == 200
    assert EXPIRED in response.content.decode()
    newcomer.refresh_from_db()
    assert not newcomer.email_verified


def test_a_link_made_for_an_earlier_address_stops_working(newcomer):
    link = verify_link()
    newcomer.email = "grace@example.com"
    newcomer.save()
    assert STALE in Client().get(link).content.decode()
    newcomer.refresh_from_db()
    assert not newcomer.email_verified


def test_an_altered_link_is_refused(newcomer):
    response = Client().get(verify_link().replace("/verify/", "/verify/x"))
    assert "This link is not valid" in response.content.decode()


def test_the_api_confirms_the_token_of_the_link(newcomer, api_client):
    token = email_verify_token(user=newcomer)
    response = api_client.post("/api/v1/auth/email/verify/", {"token": token})
    assert response.status_code == 200
    assert response.json() == {"message": "Thank you: ada@example.com is confirmed."}
    newcomer.refresh_from_db()
    assert newcomer.email_verified
    refused = api_client.post("/api/v1/auth/email/verify/", {"token": token + "x"})
    assert refused.status_code == 400
    assert "This link is not valid" in refused.json()["error"]["message"]


def resend_on_site(client) -> str:
    """The message a press on "Send me a new link" shows."""
    response = client.post(reverse("users:email-verify-resend"))
    assert response.status_code == 302
    return [str(m) for m in get_messages(response.wsgi_request)][-1]


def test_new_links_on_the_site_are_throttled_per_account(
    newcomer, settings, later, django_capture_on_commit_callbacks
):
    settings.EMAIL_VERIFICATION_RESEND_PER_DAY = 3
    client = Client()
    client.force_login(newcomer)
    with django_capture_on_commit_callbacks(execute=True):
        # The sign-up's own link was sent a moment ago.
        assert resend_on_site(client).startswith("We sent you a link a moment ago")
        for minutes in (1, 2):
            later(61 * minutes)
            assert resend_on_site(client) == "We sent a new link to ada@example.com."
        later(61 * 3)
        assert resend_on_site(client) == (
            "We have sent 3 links today: use the latest one, or ask again tomorrow."
        )
    assert len(emails_to("ada@example.com", VERIFY_SUBJECT)) == 3


def test_new_links_through_the_api_are_throttled_with_a_429(newcomer, later):
    client = api_client_of(newcomer, password=PASSPHRASE)
    refused = client.post("/api/v1/auth/email/verify/resend/")
    assert refused.status_code == 429
    assert refused.json()["error"]["message"].startswith("We sent you a link a moment ago")
    assert "Retry-After" in refused.headers
    later(61)
    sent = client.post("/api/v1/auth/email/verify/resend/")
    assert sent.status_code == 202
    assert sent.json() == {"message": "We sent a new link to ada@example.com."}


def test_the_page_named_in_refusals_offers_a_new_link(client, newcomer):
    assert client.get(reverse("users:email-verify-resend")).status_code == 302  # sign in first
    client.force_login(newcomer)
    page = client.get(reverse("users:email-verify-resend")).content.decode()
    assert "Send me a new link" in page


def test_a_confirmed_account_is_told_it_needs_no_link(shopper):
    with pytest.raises(ValidationError, match="already confirmed"):
        services.email_verification_resend(user=shopper)


def unverified():
    return UserFactory(email="ada@example.com", email_verified_at=None)


@pytest.mark.parametrize(
    "action",
    [
        lambda user: seller_apply(
            user=user, name="Hedge & Loom", description="Blankets", contact_email="h@x.example"
        ),
        lambda user: affiliate_apply(user=user, website="https://blog.example"),
        lambda user: points_reserve(basket=basket_open_for(user=user), user=user, points=10),
    ],
    ids=["seller_apply", "affiliate_apply", "points_redeem"],
)
def test_an_unconfirmed_account_may_not_apply_or_spend_points_and_is_told_what_to_do(action):
    with pytest.raises(ValidationError) as excinfo:
        action(unverified())
    assert excinfo.value.messages == [
        "Confirm your email address first: follow the link we emailed to ada@example.com. "
        "No email? Ask for a new link at /shop/accounts/email/verify/ "
        "(in the API: POST /api/v1/auth/email/verify/resend/)."
    ]


def test_the_setting_says_what_needs_a_confirmed_address(settings):
    settings.EMAIL_VERIFIED_REQUIRED_FOR = ["seller_apply"]
    affiliate = affiliate_apply(user=unverified(), website="https://blog.example")
    assert affiliate.pk


def test_the_apply_pages_and_the_api_say_what_to_do(client):
    user = unverified()
    client.force_login(user)
    page = client.post(reverse("affiliates:apply"), {"website": "https://blog.example"})
    assert "Confirm your email address first" in page.content.decode()
    response = api_client_of(user).post(
        "/api/v1/seller/apply/",
        {"name": "Hedge & Loom", "description": "Blankets", "contact_email": "h@x.example"},
    )
    assert response.status_code == 400
    assert response.json()["error"]["message"].startswith("Confirm your email address first")


def test_an_unconfirmed_account_can_still_shop(client):
    from tests.commerce.checkout.steps import add_to_basket, shop_ready

    product = shop_ready()
    client.force_login(unverified())
    add_to_basket(client, product)
    assert client.get(reverse("checkout:shipping-address")).status_code == 200


def test_the_account_pages_ask_an_unconfirmed_account_to_confirm_its_address(client):
    client.force_login(unverified())
    page = client.get(reverse("customer:profile-view")).content.decode()
    assert "Confirm your email address: follow the link we emailed to ada@example.com" in page
    assert reverse("users:email-verify-resend") in page


def test_the_account_pages_say_nothing_once_confirmed(client, shopper):
    client.force_login(shopper)
    page = client.get(reverse("customer:profile-view")).content.decode()
    assert "Confirm your email address" not in page


def test_accounts_opened_before_verification_count_as_confirmed():
    migration = importlib.import_module("commerce.users.migrations.0003_email_verified")
    user = UserFactory(email_verified_at=None)
    migration.existing_accounts_verified(django_apps, None)
    user.refresh_from_db()
    assert user.email_verified_at == user.date_joined


def test_the_demo_accounts_count_as_confirmed():
    from demo.accounts import DEMO_ACCOUNTS, demo_accounts_build

    users = demo_accounts_build(password=PASSPHRASE)
    assert len(users) == len(DEMO_ACCOUNTS)
    assert all(user.email_verified_at <= timezone.now() for user in users.values())
