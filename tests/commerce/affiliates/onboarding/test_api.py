"""POST /api/v1/affiliate/apply/ and the IsApprovedAffiliate permission other affiliate
endpoints use."""

import pytest
from rest_framework.response import Response
from rest_framework.test import APIRequestFactory, force_authenticate
from rest_framework.views import APIView

from commerce.affiliates.api.permissions import IsApprovedAffiliate
from commerce.affiliates.models import Affiliate
from commerce.api.errors import ErrorCode
from tests.factories import AffiliateFactory

pytestmark = pytest.mark.django_db

APPLY = "/api/v1/affiliate/apply/"


def test_applying_needs_a_signed_in_user(api_client):
    response = api_client.post(APPLY, {})
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"


def test_a_signed_in_user_applies(signed_in_client, shopper):
    response = signed_in_client.post(
        APPLY, {"website": "https://blog.example", "promotion": "Newsletter"}, format="json"
    )
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["status"] == "applied"
    assert body["code"] == Affiliate.objects.get(user=shopper).code
    assert body["website"] == "https://blog.example"


def test_an_empty_application_is_enough(signed_in_client):
    assert signed_in_client.post(APPLY, {}, format="json").status_code == 201


def test_auto_approve_answers_approved(signed_in_client, settings):
    settings.AFFILIATE_AUTO_APPROVE = True
    assert signed_in_client.post(APPLY, {}, format="json").json()["status"] == "approved"


def test_a_bad_website_is_a_400_with_the_field(signed_in_client):
    response = signed_in_client.post(APPLY, {"website": "my blog"}, format="json")
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid"
    assert "website" in error["fields"]


def test_applying_twice_is_a_400_that_says_why(signed_in_client):
    signed_in_client.post(APPLY, {}, format="json")
    response = signed_in_client.post(APPLY, {}, format="json")
    assert response.status_code == 400
    assert "already applied" in response.json()["error"]["message"]


class _AffiliateOnly(APIView):
    permission_classes = [IsApprovedAffiliate]

    def get(self, request):
        return Response({"code": request.affiliate.code})


def _call_as(user):
    request = APIRequestFactory().get("/api/v1/affiliate/")
    if user is not None:
        force_authenticate(request, user=user)
    return _AffiliateOnly.as_view()(request)


def test_the_permission_lets_an_approved_affiliate_in_and_sets_request_affiliate(approved):
    response = _call_as(approved.user)
    assert response.status_code == 200
    assert response.data == {"code": approved.code}


def test_the_permission_asks_anonymous_callers_to_sign_in(db):
    response = _call_as(None)
    assert response.status_code == 401
    assert response.data["error"]["code"] == "not_authenticated"


@pytest.mark.parametrize("status", ["applied", "suspended", "rejected", None])
def test_the_permission_refuses_anyone_else_with_403_not_approved_affiliate(status, shopper):
    user = shopper if status is None else AffiliateFactory(status=status).user
    response = _call_as(user)
    assert response.status_code == 403
    error = response.data["error"]
    assert error["code"] == ErrorCode.NOT_APPROVED_AFFILIATE == "not_approved_affiliate"
    assert "POST /api/v1/affiliate/apply/" in error["message"]
