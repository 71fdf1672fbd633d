"""The site's onboarding pages: a signed-in user applies at /affiliate/apply/ and then sees
where their application stands; an approved affiliate chooses a readable code."""

import pytest
from django.urls import reverse

from commerce.affiliates.models import Affiliate, AffiliateStatus
from tests.factories import AffiliateFactory, UserFactory

pytestmark = pytest.mark.django_db

APPLY = reverse("affiliates:apply")
CODE = reverse("affiliates:code")


def test_the_pages_ask_visitors_to_sign_in(client):
    for url in (APPLY, CODE):
        response = client.get(url)
        assert response.status_code == 302
        assert "login" in response["Location"]


def test_a_user_applies_and_then_sees_their_application_waiting(client):
    user = UserFactory()
    client.force_login(user)
    assert "<form" in client.get(APPLY).content.decode()
    response = client.post(
        APPLY, {"website": "https://blog.example", "promotion": "A newsletter"}, follow=True
    )
    affiliate = Affiliate.objects.get(user=user)
    assert affiliate.status == AffiliateStatus.APPLIED
    page = response.content.decode()
    assert 'data-status="applied"' in page
    assert "Thank you for applying" in page


def test_a_bad_website_is_shown_next_to_the_field(client):
    client.force_login(UserFactory())
    response = client.post(APPLY, {"website": "not a site"})
    assert response.status_code == 200
    assert response.context["form"].errors["website"]
    assert not Affiliate.objects.exists()


def test_an_approved_affiliate_sees_their_code_and_no_form(client, approved):
    client.force_login(approved.user)
    page = client.get(APPLY).content.decode()
    assert f"?ref={approved.code}" in page
    assert 'name="promotion"' not in page


def test_applying_again_by_post_is_refused(client, approved):
    client.force_login(approved.user)
    response = client.post(APPLY, {"website": ""})
    assert response.status_code == 200
    assert "already an approved affiliate" in response.content.decode()
    assert Affiliate.objects.filter(user=approved.user).count() == 1


def test_an_approved_affiliate_chooses_a_readable_code(client, approved):
    client.force_login(approved.user)
    response = client.post(CODE, {"code": "Larder-Friends"}, follow=True)
    approved.refresh_from_db()
    assert approved.code == "larder-friends"
    assert "Your referral code is now larder-friends." in response.content.decode()


def test_a_taken_code_is_shown_next_to_the_field(client, approved):
    AffiliateFactory(code="larder-friends")
    client.force_login(approved.user)
    response = client.post(CODE, {"code": "larder-friends"})
    assert response.status_code == 200
    assert "already uses this code" in " ".join(response.context["form"].errors["code"])


@pytest.mark.parametrize("status", ["applied", "suspended"])
def test_only_approved_affiliates_reach_the_code_page(client, status):
    affiliate = AffiliateFactory(status=status)
    client.force_login(affiliate.user)
    response = client.get(CODE)
    assert response.status_code == 302
    assert response["Location"] == APPLY
