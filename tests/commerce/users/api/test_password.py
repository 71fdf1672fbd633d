"""Changing the password through the API: the old one must match, earlier tokens stop working."""

import pytest

from tests.api.helpers import PASSWORD, sign_in

pytestmark = pytest.mark.django_db


def bearer(access):
    return {"HTTP_AUTHORIZATION": f"Bearer {access}"}


def refresh(client, token):
    return client.post("/api/v1/auth/token/refresh/", {"refresh": token})


def test_password_change_revokes_earlier_tokens_and_returns_a_working_pair(api_client, shopper):
    pair = sign_in(api_client).json()
    changed = api_client.post(
        "/api/v1/auth/password/",
        {"old_password": PASSWORD, "new_password": "a new and long passphrase"},
        **bearer(pair["access"]),
    )
    assert changed.status_code == 200
    fresh = changed.json()

    assert refresh(api_client, pair["refresh"]).status_code == 401
    assert api_client.get("/api/v1/me/", **bearer(pair["access"])).status_code == 401
    assert api_client.get("/api/v1/me/", **bearer(fresh["access"])).status_code == 200
    assert refresh(api_client, fresh["refresh"]).status_code == 200
    assert sign_in(api_client, password="a new and long passphrase").status_code == 200


def test_password_change_with_a_wrong_current_password_names_the_field(signed_in_client):
    response = signed_in_client.post(
        "/api/v1/auth/password/",
        {"old_password": "wrong", "new_password": "a new and long passphrase"},
    )
    assert response.status_code == 400
    assert "old_password" in response.json()["error"]["fields"]
