"""Referral links: `?ref=CODE` on any page counts one click a day per visitor, sets the
attribution cookie and lands the visitor on the same page without `ref`."""

from datetime import timedelta

import pytest
from django.core.signing import BadSignature
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from commerce.affiliates.middleware import ReferralLinkMiddleware
from commerce.affiliates.models import Click
from commerce.affiliates.selectors.tracking import COOKIE_SALT, Attribution
from tests.commerce.checkout.steps import shop_ready
from tests.factories import AffiliateFactory

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0"
COOKIE = "affiliate"


def cookie_attribution(response) -> Attribution:
    """What the attribution cookie set by `response` says (it must be authentic)."""
    morsel = response.cookies[COOKIE]
    request = RequestFactory().get("/")
    request.COOKIES[COOKIE] = morsel.value
    value = request.get_signed_cookie(COOKIE, salt=COOKIE_SALT)
    return Attribution.from_cookie_value(value)


def visit(client, url, **headers):
    headers.setdefault("HTTP_USER_AGENT", BROWSER)
    return client.get(url, **headers)


@pytest.fixture
def affiliate():
    return AffiliateFactory(code="linen-lover")


@pytest.fixture
def pages(home_page):
    """The kinds of page a link may point at: home, product, category, search."""
    product = shop_ready()
    return {
        "home": ("/", ""),
        "product": (product.get_absolute_url(), ""),
        "category": (product.categories.first().get_absolute_url(), ""),
        "search": (reverse("search:search"), "q=linen&"),
    }


@pytest.mark.parametrize("page", ["home", "product", "category", "search"])
def test_a_link_counts_one_click_sets_the_cookie_and_lands_on_the_clean_url(
    client, affiliate, pages, page
):
    path, query = pages[page]
    response = visit(client, f"{path}?{query}utm_source=blog&ref=LINEN-LOVER&page=2")

    assert response.status_code == 302
    assert response.url == f"{path}?{query}utm_source=blog&page=2"
    assert "no-store" in response["Cache-Control"]
    click = Click.objects.get()
    assert click.affiliate == affiliate and click.landing_path == path
    morsel = response.cookies[COOKIE]
    assert morsel["httponly"] and morsel["samesite"] == "Lax"
    assert int(morsel["max-age"]) == 30 * 24 * 3600
    attribution = cookie_attribution(response)
    assert attribution.code == "linen-lover" and attribution.visitor == click.visitor
    assert visit(client, response.url).status_code == 200


def test_a_link_without_other_parameters_lands_on_the_bare_path(client, affiliate, home_page):
    response = visit(client, "/?ref=linen-lover")
    assert response.status_code == 302 and response.url == "/"


def test_the_cookie_cannot_be_forged(client, affiliate, home_page):
    response = visit(client, "/?ref=linen-lover")
    request = RequestFactory().get("/")
    request.COOKIES[COOKIE] = response.cookies[COOKIE].value.replace("linen-lover", "other")
    with pytest.raises(BadSignature):
        request.get_signed_cookie(COOKIE, salt=COOKIE_SALT)


def test_twenty_visits_of_one_visitor_in_a_day_count_one_click(client, affiliate, home_page):
    for _ in range(20):
        assert visit(client, "/?ref=linen-lover").status_code == 302
    assert Click.objects.count() == 1


def test_the_same_visitor_on_another_day_counts_another_click(client, affiliate, home_page):
    visit(client, "/?ref=linen-lover")
    Click.objects.update(day=Click.objects.get().day - timedelta(days=1))
    visit(client, "/?ref=linen-lover")
    assert Click.objects.count() == 2
    assert len(set(Click.objects.values_list("visitor", flat=True))) == 1


def test_two_visitors_count_two_clicks(client, affiliate, home_page):
    from django.test import Client

    visit(client, "/?ref=linen-lover")
    visit(Client(), "/?ref=linen-lover")
    assert Click.objects.count() == 2


@pytest.mark.parametrize(
    "headers",
    [
        {
            "HTTP_USER_AGENT": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
        },
        {"HTTP_USER_AGENT": "facebookexternalhit/1.1"},
        {"HTTP_USER_AGENT": "Mozilla/5.0 (compatible; Yahoo! Slurp)"},
        {"HTTP_USER_AGENT": "Slack-LinkExpanding 1.0 (link preview)"},
        {"HTTP_PURPOSE": "prefetch"},
        {"HTTP_SEC_PURPOSE": "prefetch;prerender"},
        {"HTTP_X_MOZ": "prefetch"},
    ],
    ids=["googlebot", "facebook", "slurp", "preview", "purpose", "sec-purpose", "x-moz"],
)
def test_bots_and_prefetches_count_nothing_but_are_redirected(
    client, affiliate, home_page, headers
):
    response = visit(client, "/?q=1&ref=linen-lover", **headers)
    assert response.status_code == 302 and response.url == "/?q=1"
    assert COOKIE not in response.cookies
    assert not Click.objects.exists()


def test_a_head_request_counts_nothing_but_is_redirected(client, affiliate, home_page):
    response = client.head("/?ref=linen-lover", HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 302 and response.url == "/"
    assert COOKIE not in response.cookies and not Click.objects.exists()


@pytest.mark.parametrize("status", ["applied", "suspended", "rejected"])
def test_a_code_not_approved_is_ignored_silently(client, home_page, status):
    AffiliateFactory(code="not-yet", status=status)
    response = visit(client, "/?ref=not-yet&x=1")
    assert response.status_code == 302 and response.url == "/?x=1"
    assert COOKIE not in response.cookies and not Click.objects.exists()


def test_an_unknown_code_is_ignored_silently(client, affiliate, home_page):
    response = visit(client, "/?ref=nobody")
    assert response.status_code == 302 and response.url == "/"
    assert COOKIE not in response.cookies and not Click.objects.exists()


def test_last_attribution_gives_the_cookie_to_the_last_referrer(client, settings, home_page):
    settings.AFFILIATE_ATTRIBUTION = "last"
    first, last = AffiliateFactory(code="first-one"), AffiliateFactory(code="last-one")
    visit(client, f"/?ref={first.code}")
    response = visit(client, f"/?ref={last.code}")
    assert cookie_attribution(response).code == "last-one"
    assert client.cookies[COOKIE].value == response.cookies[COOKIE].value
    assert Click.objects.filter(affiliate__in=[first, last]).count() == 2


def test_first_attribution_keeps_the_first_referrers_cookie(client, settings, home_page):
    settings.AFFILIATE_ATTRIBUTION = "first"
    first, last = AffiliateFactory(code="first-one"), AffiliateFactory(code="last-one")
    set_by_first = visit(client, f"/?ref={first.code}")
    response = visit(client, f"/?ref={last.code}")
    assert COOKIE not in response.cookies  # the first referrer's cookie stays
    assert cookie_attribution(set_by_first).code == "first-one"
    # the second affiliate's visit still counts as their click, for the same visitor
    assert Click.objects.count() == 2
    assert len(set(Click.objects.values_list("visitor", flat=True))) == 1


@pytest.mark.parametrize("path", ["/api/v1/", "/shop/dashboard/", "/cms/", "/django-admin/"])
def test_back_offices_and_the_api_ignore_the_parameter(client, affiliate, path):
    response = visit(client, f"{path}?ref=linen-lover")
    assert not (response.status_code == 302 and response.url == path)
    assert COOKIE not in response.cookies and not Click.objects.exists()


def test_a_form_posted_with_ref_is_left_alone(client, affiliate):
    product = shop_ready()
    response = client.post(
        reverse("basket:add", kwargs={"pk": product.pk}) + "?ref=linen-lover", {"quantity": 1}
    )
    assert response.status_code == 302 and response.url != reverse(
        "basket:add", kwargs={"pk": product.pk}
    )
    assert not Click.objects.exists()


def test_a_request_without_ref_costs_no_query(django_assert_num_queries):
    def page(request):
        return "the page"

    middleware = ReferralLinkMiddleware(page)
    with django_assert_num_queries(0):
        assert middleware(RequestFactory().get("/shop/catalogue/?page=2")) == "the page"


def _queries_of(client, url) -> list[str]:
    client.get(url)  # warm caches (site root, content types) first
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return [query["sql"] for query in queries]


def test_pages_without_ref_run_no_query_for_affiliates(client, affiliate, pages, settings):
    with_middleware = settings.MIDDLEWARE
    without = [entry for entry in with_middleware if not entry.startswith("commerce.affiliates")]
    assert len(without) == len(with_middleware) - 1
    for name in ("home", "product"):
        url = pages[name][0]
        settings.MIDDLEWARE = with_middleware
        queries = _queries_of(client, url)
        assert not [sql for sql in queries if "affiliates_" in sql]
        settings.MIDDLEWARE = without
        assert len(_queries_of(client, url)) == len(queries), name


def test_first_attribution_gives_way_when_the_first_referrer_is_suspended(
    client, settings, home_page
):
    settings.AFFILIATE_ATTRIBUTION = "first"
    first, last = AffiliateFactory(code="first-one"), AffiliateFactory(code="last-one")
    visit(client, f"/?ref={first.code}")
    first.status = "suspended"
    first.save()
    response = visit(client, f"/?ref={last.code}")
    assert cookie_attribution(response).code == "last-one"
