import pytest
from oscar.test.factories import create_order

from tests.api.helpers import sign_in

pytestmark = pytest.mark.django_db


def bearer(access):
    return {"HTTP_AUTHORIZATION": f"Bearer {access}"}


def refresh(client, token):
    return client.post("/api/v1/auth/token/refresh/", {"refresh": token})


def test_shopper_signs_in_reads_me_and_orders_and_cannot_reuse_or_refresh_after_logout(
    api_client, shopper
):
    create_order(user=shopper)
    signed_in = sign_in(api_client)
    assert signed_in.status_code == 200
    pair = signed_in.json()

    me = api_client.get("/api/v1/me/", **bearer(pair["access"]))
    assert me.status_code == 200
    assert me.json()["email"] == "shopper@example.com"

    orders = api_client.get("/api/v1/orders/", **bearer(pair["access"]))
    assert orders.status_code == 200
    assert orders.json()["count"] == 1

    rotated = refresh(api_client, pair["refresh"])
    assert rotated.status_code == 200
    new_pair = rotated.json()
    assert set(new_pair) == {"access", "refresh"}
    assert new_pair["refresh"] != pair["refresh"]

    reused = refresh(api_client, pair["refresh"])
    assert reused.status_code == 401
    assert reused.json()["error"]["code"] == "token_not_valid"

    logout = api_client.post("/api/v1/auth/logout/", {"refresh": new_pair["refresh"]})
    assert logout.status_code == 204
    after_logout = refresh(api_client, new_pair["refresh"])
    assert after_logout.status_code == 401
    assert after_logout.json()["error"]["code"] == "token_not_valid"


def test_wrong_password_is_401_in_the_api_error_format(api_client, shopper):
    response = sign_in(api_client, password="not the password")
    assert response.status_code == 401
    error = response.json()["error"]
    assert error["code"] == "no_active_account"
    assert "credentials" in error["message"]
    assert error["fields"] == {}


def test_signing_in_by_email_ignores_case(api_client, shopper):
    assert sign_in(api_client, email="Shopper@Example.com").status_code == 200


def test_deactivated_account_cannot_refresh(api_client, shopper):
    pair = sign_in(api_client).json()
    shopper.is_active = False
    shopper.save()
    assert refresh(api_client, pair["refresh"]).status_code == 401
    assert api_client.get("/api/v1/me/", **bearer(pair["access"])).status_code == 401


def test_password_changed_elsewhere_stops_the_refresh_token(api_client, shopper):
    pair = sign_in(api_client).json()
    shopper.set_password("changed in the shop's account page")
    shopper.save()
    assert refresh(api_client, pair["refresh"]).status_code == 401


def test_garbage_refresh_token_is_401_not_500(api_client, db):
    response = refresh(api_client, "not-a-token")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "token_not_valid"


def test_access_token_cannot_be_used_as_refresh_token(api_client, shopper):
    pair = sign_in(api_client).json()
    assert refresh(api_client, pair["access"]).status_code == 401


def test_logout_of_an_already_revoked_token_is_401(api_client, shopper):
    pair = sign_in(api_client).json()
    assert api_client.post("/api/v1/auth/logout/", {"refresh": pair["refresh"]}).status_code == 204
    again = api_client.post("/api/v1/auth/logout/", {"refresh": pair["refresh"]})
    assert again.status_code == 401
