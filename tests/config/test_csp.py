"""The Content-Security-Policy header: strict on the storefront (scripts from this origin or with
the request's nonce), relaxed only under the third-party admins' paths, media hosts allowed."""

import re

import pytest

from .production import manage_in_production

pytestmark = pytest.mark.django_db


def _directives(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (part.split() for part in header.split(";") if part.strip())
    }


def test_a_storefront_page_has_a_strict_policy_with_the_nonce_its_inline_scripts_carry(
    client, home_page
):
    response = client.get("/")

    assert response.status_code == 200
    policy = _directives(response)
    nonce = re.fullmatch(r"'nonce-(.+)'", policy["script-src"][1]).group(1)
    assert policy["script-src"] == ["'self'", f"'nonce-{nonce}'"]
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["form-action"] == ["'self'"]
    html = response.content.decode()
    inline_scripts = re.findall(r"<script(?![^>]*\bsrc=)(?![^>]*application/ld\+json)[^>]*>", html)
    assert inline_scripts
    assert all(f'nonce="{nonce}"' in tag for tag in inline_scripts), inline_scripts


def test_each_response_has_its_own_nonce(client, home_page):
    first, second = client.get("/"), client.get("/")

    assert _directives(first)["script-src"] != _directives(second)["script-src"]


@pytest.mark.parametrize("path", ["/cms/login/", "/shop/dashboard/login/"])
def test_the_admins_may_run_their_inline_scripts_and_nothing_from_elsewhere(client, path):
    policy = _directives(client.get(path))

    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert policy["object-src"] == ["'none'"]


def test_wagtails_preview_may_frame_the_cms_and_nothing_else_may(client, home_page):
    assert _directives(client.get("/cms/login/"))["frame-ancestors"] == ["'self'"]
    assert _directives(client.get("/"))["frame-ancestors"] == ["'none'"]


def test_swagger_ui_loads_its_init_script_as_a_file_under_script_src_self(client):
    response = client.get("/api/v1/docs/")

    assert response.status_code == 200
    assert _directives(response)["script-src"] == ["'self'"]
    html = response.content.decode()
    assert "?script=" in html
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)


@pytest.mark.parametrize(
    "env, origin",
    [
        ({"AWS_S3_CUSTOM_DOMAIN": "media.example.com"}, "https://media.example.com"),
        ({"AWS_S3_ENDPOINT_URL": "http://127.0.0.1:9000"}, "http://127.0.0.1:9000"),
    ],
)
def test_pictures_in_object_storage_are_allowed_from_their_host_in_production(env, origin):
    result = manage_in_production(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings as s; "
        "print(*s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']); "
        "print('config.csp.ContentSecurityPolicyMiddleware' in s.MIDDLEWARE)",
        env={"AWS_STORAGE_BUCKET_NAME": "shop-media", **env},
    )

    assert result.returncode == 0, result.stderr
    img_src, has_middleware = result.stdout.splitlines()
    assert img_src.split() == ["'self'", "data:", origin]
    assert has_middleware == "True"
