"""The onboarding API: apply, your own profile, and the public sellers."""

import pytest
from rest_framework.test import APIClient

from commerce.sellers.models import Seller, SellerStatus
from tests.api.helpers import PASSWORD, sign_in
from tests.factories import SellerFactory, UserFactory

pytestmark = pytest.mark.django_db

APPLICATION = {
    "name": "Hedge & Loom",
    "description": "<p>Blankets</p><script>alert(1)</script>",
    "contact_email": "hello@hedge.example",
}


def _client_for(user) -> APIClient:
    user.set_password(PASSWORD)
    user.save()
    client = APIClient()
    token = sign_in(client, email=user.email).json()["access"]
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {token}")
    return client


def test_a_signed_in_user_applies_and_reads_their_standing(signed_in_client, shopper):
    response = signed_in_client.post("/api/v1/seller/apply/", APPLICATION)
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["status"] == "applied"
    assert body["slug"] == "hedge-loom"
    assert body["description"] == "<p>Blankets</p>"
    assert Seller.objects.get(user=shopper).status == SellerStatus.APPLIED
    profile = signed_in_client.get("/api/v1/seller/profile/").json()
    assert profile["name"] == "Hedge & Loom"
    assert profile["status"] == "applied"


def test_applying_twice_is_a_400_that_says_why(signed_in_client):
    signed_in_client.post("/api/v1/seller/apply/", APPLICATION)
    response = signed_in_client.post("/api/v1/seller/apply/", {**APPLICATION, "name": "Other"})
    assert response.status_code == 400
    assert "already applied" in response.json()["error"]["message"]


def test_an_application_with_a_taken_name_is_a_field_error(signed_in_client):
    SellerFactory(name="Hedge & Loom")
    response = signed_in_client.post("/api/v1/seller/apply/", APPLICATION)
    assert response.status_code == 400
    assert "name" in response.json()["error"]["fields"]


def test_applying_needs_a_signed_in_user(api_client):
    assert api_client.post("/api/v1/seller/apply/", APPLICATION).status_code == 401


def test_the_profile_is_a_404_for_a_user_who_never_applied(signed_in_client):
    assert signed_in_client.get("/api/v1/seller/profile/").status_code == 404
    assert signed_in_client.patch("/api/v1/seller/profile/", {"name": "X"}).status_code == 404


def test_a_seller_changes_their_profile_but_not_their_standing(db):
    seller = SellerFactory(name="Old Name", status="suspended")
    client = _client_for(seller.user)
    response = client.patch(
        "/api/v1/seller/profile/",
        {
            "name": "New Name",
            "description": '<img src=x onerror="alert(1)"><p>Hi</p>',
            "status": "approved",
        },
    )
    assert response.status_code == 200, response.json()
    seller.refresh_from_db()
    assert seller.name == "New Name"
    assert seller.description == "<p>Hi</p>"
    assert seller.status == SellerStatus.SUSPENDED


def test_the_public_list_shows_approved_sellers_only_to_anyone(api_client):
    SellerFactory(name="Approved One")
    SellerFactory(name="Approved Two")
    for status in ("applied", "suspended", "rejected"):
        SellerFactory(name=f"Hidden {status}", status=status)
    response = api_client.get("/api/v1/sellers/")
    assert response.status_code == 200
    body = response.json()
    assert [s["name"] for s in body["results"]] == ["Approved One", "Approved Two"]
    assert body["results"][0]["url"] == "/sellers/approved-one/"
    assert body["count"] == 2


def test_a_public_seller_page_is_a_404_unless_approved(api_client):
    SellerFactory(name="Shown")
    SellerFactory(name="Waiting", status="applied")
    assert api_client.get("/api/v1/sellers/shown/").json()["name"] == "Shown"
    assert api_client.get("/api/v1/sellers/waiting/").status_code == 404


def test_a_non_seller_user_reading_a_profile_gets_their_own_or_nothing(db):
    SellerFactory(name="Someone Else")
    client = _client_for(UserFactory())
    assert client.get("/api/v1/seller/profile/").status_code == 404
