"""Conventions every endpoint shares: the error body, docs, CORS, JSON 404s."""

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


def assert_error(response, status, code):
    assert response.status_code == status
    assert response["Content-Type"].startswith("application/json")
    error = response.json()["error"]
    assert error["code"] == code
    assert error["message"]
    assert isinstance(error["fields"], dict)
    return error


def test_unsupported_media_type_says_to_send_json(api_client, db):
    response = api_client.post(
        "/api/v1/auth/token/", "email=a@b.c", content_type="application/x-www-form-urlencoded"
    )
    error = assert_error(response, 415, "unsupported_media_type")
    assert "application/json" in error["message"]


def test_malformed_json_is_a_parse_error(api_client, db):
    response = api_client.post("/api/v1/auth/token/", "{not json", content_type="application/json")
    error = assert_error(response, 400, "parse_error")
    assert "valid JSON" in error["message"]


def test_json_nested_too_deeply_is_a_parse_error_not_a_crash(api_client, db):
    deep = "[" * 100_000 + "]" * 100_000
    response = api_client.post("/api/v1/auth/token/", deep, content_type="application/json")
    error = assert_error(response, 400, "parse_error")
    assert "nested too deeply" in error["message"]


def test_a_body_over_the_size_limit_is_a_json_413_that_says_the_limit(api_client, db, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024
    body = '{"email": "a@example.com", "password": "' + "x" * 2048 + '"}'
    response = api_client.post("/api/v1/auth/token/", body, content_type="application/json")
    error = assert_error(response, 413, "request_too_large")
    assert "over 1 KB" in error["message"]


def test_wrong_method_is_405_in_the_error_format(api_client, db):
    assert_error(api_client.delete("/api/v1/products/"), 405, "method_not_allowed")


def test_unknown_api_path_is_a_json_404_not_the_storefronts_page(api_client, db):
    error = assert_error(api_client.get("/api/v1/no-such-thing/"), 404, "not_found")
    assert "/api/v1/docs/" in error["message"]


def test_a_broken_bearer_token_is_401_token_not_valid(api_client, db):
    response = api_client.get("/api/v1/me/", HTTP_AUTHORIZATION="Bearer nonsense")
    error = assert_error(response, 401, "token_not_valid")
    assert "/api/v1/auth/token/refresh/" in error["message"]


def test_validation_errors_list_messages_per_field(api_client, db):
    error = assert_error(api_client.post("/api/v1/auth/token/", {}), 400, "invalid")
    assert set(error["fields"]) == {"email", "password"}


def test_anonymous_callers_are_throttled_by_their_address_not_a_forwarded_header(
    api_client, db, settings
):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {
            **settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"],
            "anon": "3/min",
        },
    }
    statuses = [
        api_client.get("/api/v1/categories/", HTTP_X_FORWARDED_FOR=f"203.0.113.{i}").status_code
        for i in range(4)
    ]
    assert statuses == [200, 200, 200, 429]
    assert_error(api_client.get("/api/v1/categories/"), 429, "throttled")


def test_signed_in_callers_have_their_own_rate(signed_in_client, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {
            **settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"],
            "anon": "1/min",
            "user": "3/min",
        },
    }
    statuses = [signed_in_client.get("/api/v1/me/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]


def test_openapi_schema_documents_every_endpoint_and_the_error_body(api_client, db):
    response = api_client.get("/api/v1/schema/?format=json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    paths = schema["paths"]
    for path in [
        "/api/v1/auth/token/",
        "/api/v1/auth/token/refresh/",
        "/api/v1/auth/logout/",
        "/api/v1/auth/register/",
        "/api/v1/auth/password/",
        "/api/v1/me/",
        "/api/v1/products/",
        "/api/v1/products/{id}/",
        "/api/v1/categories/",
        "/api/v1/orders/",
        "/api/v1/orders/{number}/",
    ]:
        assert path in paths
    assert not any(path.startswith("/cms/") for path in paths)
    assert "Error" in schema["components"]["schemas"]
    for path, operations in paths.items():
        for method, operation in operations.items():
            statuses = set(operation["responses"])
            assert "429" in statuses, f"{method.upper()} {path} lacks its 429"
            assert any(s.startswith("2") for s in statuses)


def test_swagger_ui_is_served_from_the_shops_own_static_files(api_client, db):
    response = api_client.get("/api/v1/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/" in html
    assert "cdn" not in html.lower()
    # The init script is a file of its own (the CSP runs no inline script): it loads the schema.
    script = api_client.get("/api/v1/docs/?script=")
    assert script.status_code == 200
    assert "/api/v1/schema/" in script.content.decode()


@override_settings(CORS_ALLOWED_ORIGINS=["https://app.example.com"])
def test_cors_allows_configured_origins_only(api_client, db):
    allowed = api_client.options(
        "/api/v1/products/",
        HTTP_ORIGIN="https://app.example.com",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert allowed["Access-Control-Allow-Origin"] == "https://app.example.com"
    assert "authorization" in allowed["Access-Control-Allow-Headers"]

    other = api_client.get("/api/v1/products/", HTTP_ORIGIN="https://evil.example.com")
    assert "Access-Control-Allow-Origin" not in other


def test_wagtail_admin_api_keeps_working_for_signed_in_editors(client, make_user):
    # The API's REST_FRAMEWORK defaults are global: Wagtail's own admin API must not notice.
    editor = make_user(email="editor@example.com")
    editor.is_staff = editor.is_superuser = True
    editor.save()
    client.force_login(editor)
    response = client.get("/cms/api/main/pages/")
    assert response.status_code == 200
    assert "items" in response.json()
    missing = client.get("/cms/api/main/pages/999999/")
    assert missing.status_code == 404
    assert "error" not in missing.json()
