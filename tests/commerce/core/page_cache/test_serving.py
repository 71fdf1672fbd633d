"""Anonymous shoppers get whole pages from the cache, without a query; anyone with a session,
a basket or a sign-in never gets (or leaves) a cached page; every visitor gets their own CSP
nonce and a CSRF token that works with their own cookie."""

import re

import pytest
from django.conf import settings

from tests.factories import ProductFactory, UserFactory

pytestmark = pytest.mark.django_db

CATALOGUE = "/shop/catalogue/"


def _nonces(response) -> set[str]:
    return set(re.findall(r'nonce="([^"]+)"', response.content.decode()))


def _csrf_tokens(response) -> set[str]:
    return set(re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.content.decode()))


def test_the_second_anonymous_request_is_answered_from_the_cache_without_a_query(
    client, home_page, django_assert_num_queries
):
    ProductFactory(title="Oak board")
    first = client.get(CATALOGUE)
    assert first["X-Page-Cache"] == "miss"

    with django_assert_num_queries(0):
        second = client.get(CATALOGUE)

    assert second.status_code == 200
    assert second["X-Page-Cache"] == "hit"
    assert "Oak board" in second.content.decode()


def test_a_hit_costs_no_query_however_many_products_the_page_lists(
    client, home_page, django_assert_num_queries
):
    ProductFactory.create_batch(3)
    client.get(CATALOGUE)
    with django_assert_num_queries(0):
        client.get(CATALOGUE)
    ProductFactory.create_batch(27)
    client.get(CATALOGUE)
    with django_assert_num_queries(0):
        assert client.get(CATALOGUE)["X-Page-Cache"] == "hit"


def test_the_home_page_and_a_product_page_are_cached_too(client, home_page):
    board = ProductFactory(title="Oak board")
    for url in ("/", board.get_absolute_url()):
        assert client.get(url)["X-Page-Cache"] == "miss"
        assert client.get(url)["X-Page-Cache"] == "hit"


def test_the_query_string_is_part_of_the_page_in_any_order(client, home_page):
    client.get(CATALOGUE + "?sort_by=title-asc&page=1")
    assert client.get(CATALOGUE + "?page=1&sort_by=title-asc")["X-Page-Cache"] == "hit"
    assert client.get(CATALOGUE + "?page=1")["X-Page-Cache"] == "miss"


def test_head_is_answered_from_the_same_entry(client, home_page):
    client.get(CATALOGUE)
    response = client.head(CATALOGUE)
    assert response.status_code == 200
    assert response["X-Page-Cache"] == "hit"
    assert int(response["Content-Length"]) > 0


def test_a_signed_in_shopper_never_gets_nor_leaves_a_cached_page(client, visitor, home_page):
    user = UserFactory(email="ann@example.com", first_name="Ann")
    client.force_login(user)

    assert client.get(CATALOGUE)["X-Page-Cache"] == "bypass"
    # Nothing the signed-in shopper saw was kept for an anonymous one.
    assert visitor.get(CATALOGUE)["X-Page-Cache"] == "miss"
    # And the anonymous page is not what the signed-in shopper gets.
    assert visitor.get(CATALOGUE)["X-Page-Cache"] == "hit"
    response = client.get(CATALOGUE)
    assert response["X-Page-Cache"] == "bypass"


def test_a_shopper_with_a_basket_never_gets_a_cached_page(client, visitor, home_page):
    board = ProductFactory(title="Oak board")
    visitor.get(CATALOGUE)
    client.get(CATALOGUE)  # the CSRF cookie the add-to-basket form needs
    client.post(f"/shop/basket/add/{board.pk}/", {"quantity": 1})
    assert settings.OSCAR_BASKET_COOKIE_OPEN in client.cookies or "sessionid" in client.cookies

    response = client.get(CATALOGUE)

    assert response["X-Page-Cache"] == "bypass"


@pytest.mark.parametrize(
    "cookie", ["sessionid", "oscar_open_basket", "messages"], ids=["session", "basket", "messages"]
)
def test_a_request_with_a_session_basket_or_messages_cookie_bypasses_the_cache(
    client, visitor, home_page, cookie
):
    visitor.get(CATALOGUE)
    client.cookies[cookie] = "bench-uncached"

    response = client.get(CATALOGUE)

    assert response["X-Page-Cache"] == "bypass"


def test_an_authorization_header_bypasses_the_cache(client, home_page):
    client.get(CATALOGUE)
    response = client.get(CATALOGUE, HTTP_AUTHORIZATION="Bearer something")
    assert response["X-Page-Cache"] == "bypass"


@pytest.mark.parametrize("path", ["/shop/basket/", "/shop/checkout/", "/api/v1/products/"])
def test_the_basket_checkout_and_api_are_never_cached(client, home_page, path):
    client.get(path)
    assert client.get(path)["X-Page-Cache"] == "bypass"


def test_a_referral_link_is_never_answered_from_the_cache(client, home_page):
    client.get("/")
    assert client.get("/?ref=SOMEONE")["X-Page-Cache"] == "bypass"


def test_a_missing_page_is_not_cached(client, home_page):
    assert client.get("/no-such-page/").status_code == 404
    assert client.get("/no-such-page/")["X-Page-Cache"] == "miss"


def test_each_visitor_gets_their_own_nonce_matching_their_csp_header(client, visitor, home_page):
    client.get("/")
    mine, theirs = client.get("/"), visitor.get("/")
    assert mine["X-Page-Cache"] == theirs["X-Page-Cache"] == "hit"

    for response in (mine, theirs):
        (nonce,) = _nonces(response)
        assert f"'nonce-{nonce}'" in response["Content-Security-Policy"]
    assert _nonces(mine) != _nonces(theirs)


def test_each_visitor_gets_a_csrf_token_that_adds_to_their_own_basket(client, visitor, home_page):
    board = ProductFactory(title="Oak board")
    client.get(CATALOGUE)  # stored, with placeholders for the tokens
    visitor.cookies.clear()

    first, second = client.get(CATALOGUE), visitor.get(CATALOGUE)

    assert first["X-Page-Cache"] == second["X-Page-Cache"] == "hit"
    (mine,), (theirs,) = _csrf_tokens(first), _csrf_tokens(second)
    assert mine != theirs
    assert settings.CSRF_COOKIE_NAME in second.cookies  # a visitor without one gets one
    for shopper, token in ((client, mine), (visitor, theirs)):
        shopper.handler.enforce_csrf_checks = True
        response = shopper.post(
            f"/shop/basket/add/{board.pk}/", {"quantity": 1, "csrfmiddlewaretoken": token}
        )
        assert response.status_code == 302, response.content[:300]
    # Someone else's token is refused with one's own cookie.
    visitor.cookies.clear()
    visitor.get(CATALOGUE)
    refused = visitor.post(
        f"/shop/basket/add/{board.pk}/", {"quantity": 1, "csrfmiddlewaretoken": mine}
    )
    assert refused.status_code == 403


def test_cached_pages_tell_a_cdn_they_belong_to_one_visitor(client, home_page):
    miss, hit = client.get("/"), client.get("/")
    for response in (miss, hit):
        assert "Cookie" in response["Vary"]
        assert response["Cache-Control"] == "private, no-cache"


def test_a_page_its_view_marks_private_is_never_stored(client, home_page):
    from wagtail.models import PageViewRestriction

    from cms.pages.models import ContentPage

    page = home_page.add_child(instance=ContentPage(title="Trade prices", slug="trade"))
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="x")

    first = client.get(page.url)
    assert first.status_code == 200  # Wagtail's password form, marked never-cache

    assert client.get(page.url)["X-Page-Cache"] == "miss"


def test_switched_off_with_zero_seconds(client, home_page, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(CATALOGUE)
    assert "X-Page-Cache" not in client.get(CATALOGUE)
