"""Bonus points for actions, each once per shopper and available at once until
POINTS_EXPIRY_MONTHS later: signing up (on the site or through the API, the one sign-up path)
and an approved product review."""

from datetime import UTC, datetime
from decimal import Decimal as D

import pytest
from django.urls import reverse
from django.utils import timezone
from oscar.core.loading import get_model

from commerce.core.ledger import ledger_balance
from commerce.points.models import PointsEntry, PointsEntryKind
from commerce.points.selectors.expiry import points_expiry_for
from commerce.points.services.bonuses import (
    points_review_bonus_give,
    points_signup_bonus_give,
)
from commerce.users.services import user_register
from tests.commerce.checkout.steps import shop_ready
from tests.factories import StaffFactory, UserFactory

User = get_model("users", "User")
ProductReview = get_model("reviews", "ProductReview")

pytestmark = pytest.mark.django_db

PASSPHRASE = "a long enough passphrase"


def _bonuses(user) -> list[tuple[str, D, str]]:
    return [
        (entry.kind, entry.available, entry.reason)
        for entry in PointsEntry.objects.filter(account__user=user).order_by("pk")
    ]


def _available(user) -> D:
    return ledger_balance(entries=PointsEntry.objects.filter(account__user=user)).available


def test_signing_up_on_the_site_gives_the_signup_bonus(client):
    client.post(
        reverse("customer:register"),
        {"email": "ada@example.com", "password1": PASSPHRASE, "password2": PASSPHRASE},
    )

    user = User.objects.get(email="ada@example.com")
    assert _bonuses(user) == [(PointsEntryKind.EARNED, D("100"), "Welcome bonus for signing up")]


def test_signing_up_through_the_api_gives_the_same_bonus(api_client):
    response = api_client.post(
        "/api/v1/auth/register/", {"email": "grace@example.com", "password": PASSPHRASE}
    )

    assert response.status_code == 202
    assert _available(User.objects.get(email="grace@example.com")) == D("100")


def test_the_signup_bonus_is_given_once_per_shopper():
    user = user_register(email="ada@example.com", password=PASSPHRASE)

    points_signup_bonus_give(user=user)

    assert _available(user) == D("100") and len(_bonuses(user)) == 1


def test_a_bonus_set_to_zero_is_not_given(settings):
    settings.POINTS_SIGNUP_BONUS = 0

    user = user_register(email="ada@example.com", password=PASSPHRASE)

    assert _bonuses(user) == []


def test_bonus_points_expire_after_the_configured_months(settings):
    settings.POINTS_EXPIRY_MONTHS = 12
    before = timezone.now()

    entry = points_signup_bonus_give(user=UserFactory())

    assert entry.pending == 0 and entry.available == D("100")
    assert points_expiry_for(at=before) <= entry.expires_at <= points_expiry_for(at=timezone.now())


def test_a_lot_expires_on_the_same_day_months_later_or_the_months_last_day(settings):
    settings.POINTS_EXPIRY_MONTHS = 1
    assert points_expiry_for(at=datetime(2026, 1, 31, 9, tzinfo=UTC)) == datetime(
        2026, 2, 28, 9, tzinfo=UTC
    )
    settings.POINTS_EXPIRY_MONTHS = 12
    assert points_expiry_for(at=datetime(2026, 11, 24, tzinfo=UTC)) == datetime(
        2027, 11, 24, tzinfo=UTC
    )


def _review_posted(client, product, title="Lovely"):
    return client.post(
        reverse(
            "catalogue:reviews-add",
            kwargs={"product_slug": product.slug, "product_pk": product.pk},
        ),
        {"title": title, "score": 5, "body": "Would buy again."},
    )


def test_a_review_published_at_once_earns_the_review_bonus(client, settings):
    settings.OSCAR_MODERATE_REVIEWS = False
    product = shop_ready()
    shopper = UserFactory()
    client.force_login(shopper)

    response = _review_posted(client, product)

    assert response.status_code == 302
    assert ProductReview.objects.get().is_approved
    assert _bonuses(shopper) == [
        (PointsEntryKind.EARNED, D("50"), "Thank-you bonus for a product review")
    ]


def test_a_moderated_review_earns_the_bonus_when_staff_approve_it(client, settings):
    settings.OSCAR_MODERATE_REVIEWS = True
    product = shop_ready()
    shopper = UserFactory()
    client.force_login(shopper)
    _review_posted(client, product)
    review = ProductReview.objects.get()
    assert not review.is_approved and _bonuses(shopper) == []

    client.force_login(StaffFactory(is_superuser=True))
    client.post(
        reverse("dashboard:reviews-list"),
        {
            "action": "update_selected_review_status",
            "selected_review": [review.pk],
            "status": ProductReview.APPROVED,
        },
    )

    review.refresh_from_db()
    assert review.is_approved
    assert _available(shopper) == D("50")


def test_the_review_bonus_is_given_once_per_shopper_however_many_reviews(settings):
    settings.OSCAR_MODERATE_REVIEWS = False
    shopper = UserFactory()
    first, second = shop_ready(title="Stool"), shop_ready(title="Table")
    for product in (first, second):
        ProductReview.objects.create(
            product=product, user=shopper, title="Good", score=4, body="Ok"
        )

    assert _available(shopper) == D("50")
    points_review_bonus_give(review=ProductReview.objects.first())
    assert len(_bonuses(shopper)) == 1


def test_a_rejected_review_earns_nothing(settings):
    settings.OSCAR_MODERATE_REVIEWS = True
    shopper = UserFactory()
    review = ProductReview.objects.create(
        product=shop_ready(), user=shopper, title="Meh", score=2, body="Meh"
    )
    review.status = ProductReview.REJECTED
    review.save()

    assert _bonuses(shopper) == []
