"""The branded error pages: 404, 403 and 500 in the site's layout with ways back (home, search,
contact), the 500 page with the database down, and a failed CSRF check asking for a reload."""

import pytest
from django.db import connection
from django.test import Client

from config.errors import server_error

pytestmark = pytest.mark.django_db

SHOP = "Larder &amp; Loom"


@pytest.fixture(autouse=True)
def _failing_urls(settings, home_page):
    settings.DEBUG = False
    settings.ROOT_URLCONF = "tests.config.error_urls"


def _has_ways_back(html: str):
    assert 'href="/"' in html
    assert 'action="/shop/search/"' in html
    assert "mailto:" in html


def test_an_unknown_address_gets_the_sites_404_page_with_ways_back(client):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    html = response.content.decode()
    assert "We can't find that page" in html
    assert 'class="site-header"' in html and 'class="site-footer"' in html
    _has_ways_back(html)


def test_a_forbidden_page_gets_the_sites_403_page(client):
    response = client.get("/denied/")

    assert response.status_code == 403
    html = response.content.decode()
    assert "You can't open this page" in html
    assert 'class="site-header"' in html
    _has_ways_back(html)


def test_a_failed_csrf_check_says_to_reload_and_try_again(home_page):
    client = Client(enforce_csrf_checks=True)

    response = client.post("/shop/basket/", {"form-TOTAL_FORMS": "0"})

    assert response.status_code == 403
    html = response.content.decode()
    assert "Please reload the page and try again" in html
    assert "CSRF" not in html
    _has_ways_back(html)


def _refuse(execute, sql, params, many, context):
    raise AssertionError(f"the 500 page queried the database: {sql}")


def test_the_500_page_renders_with_the_database_refusing_every_query(rf):
    request = rf.get("/broken/")

    with connection.execute_wrapper(_refuse):
        response = server_error(request)

    assert response.status_code == 500
    html = response.content.decode()
    assert SHOP in html
    assert "Something went wrong on our side" in html
    _has_ways_back(html)


def test_a_crashing_page_answers_with_the_500_page_through_the_whole_stack():
    client = Client(raise_request_exception=False)

    with connection.execute_wrapper(_refuse):
        response = client.get("/broken/")

    assert response.status_code == 500
    assert SHOP in response.content.decode()
    assert "'nonce-" in response["Content-Security-Policy"]


def test_the_500_page_still_answers_when_its_own_template_fails(rf, settings):
    # A static file missing from the manifest (static files not collected) breaks the layout.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
    }
    settings.STATIC_ROOT = "/nonexistent-static-root"

    response = server_error(rf.get("/broken/"))

    assert response.status_code == 500
    html = response.content.decode()
    assert "Sorry, something went wrong" in html
    assert SHOP in html
    assert 'href="/"' in html
