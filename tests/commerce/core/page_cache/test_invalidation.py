"""A cached page is never shown after what it shows has changed: the next request after a
change is a miss rendering the new content. A checkout's stock change empties only the product
page that shows its count, unless the product sells out."""

import time
from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.utils import timezone

from cms.core.models import Announcement, Menu, MenuLink
from cms.pages.models import ContentPage
from commerce.core.page_cache import selectors, store
from commerce.partner.services import stock_allocate
from tests.commerce.catalogue.site_offers import range_of, site_offer
from tests.factories import ProductFactory

pytestmark = pytest.mark.django_db

CATALOGUE = "/shop/catalogue/"


def _cached(client, url: str) -> str:
    """Puts `url` in the page cache and checks the next request is answered from it."""
    client.get(url)
    response = client.get(url)
    assert response["X-Page-Cache"] == "hit"
    return response.content.decode()


def _fresh(client, url: str) -> str:
    response = client.get(url)
    assert response["X-Page-Cache"] == "miss"
    return response.content.decode()


def test_a_price_change_shows_on_the_next_request(client, home_page):
    board = ProductFactory(title="Oak board", price="12.00")
    assert "£12.00" in _cached(client, CATALOGUE)

    record = board.stockrecords.get()
    record.price = Decimal("15.00")
    record.save()

    html = _fresh(client, CATALOGUE)
    assert "£15.00" in html and "£12.00" not in html


def test_a_product_selling_out_shows_sold_out_on_every_page(client, home_page):
    board = ProductFactory(title="Oak board", stock=1)
    assert "Sold out" not in _cached(client, CATALOGUE)
    _cached(client, board.get_absolute_url())

    stock_allocate(stockrecord=board.stockrecords.get(), quantity=1)

    assert "Sold out" in _fresh(client, CATALOGUE)
    _fresh(client, board.get_absolute_url())


def test_a_checkout_that_leaves_stock_empties_only_that_products_page(client, home_page):
    board, mug = ProductFactory(title="Oak board", stock=5), ProductFactory(title="Mug", stock=5)
    for url in (CATALOGUE, board.get_absolute_url(), mug.get_absolute_url()):
        _cached(client, url)
    assert "In stock (5 available)" in client.get(board.get_absolute_url()).content.decode()

    stock_allocate(stockrecord=board.stockrecords.get(), quantity=2)

    assert "In stock (3 available)" in _fresh(client, board.get_absolute_url())
    assert client.get(CATALOGUE)["X-Page-Cache"] == "hit"
    assert client.get(mug.get_absolute_url())["X-Page-Cache"] == "hit"


def test_a_new_offer_shows_on_the_next_request(client, home_page):
    board = ProductFactory(title="Oak board", price="20.00")
    _cached(client, CATALOGUE)

    site_offer(range_=range_of(products=[board]), name="Ten off boards")

    html = _fresh(client, CATALOGUE)
    assert "£18.00" in html


def test_an_offers_usage_counters_leave_the_cache_alone(client, home_page):
    board = ProductFactory(title="Oak board", price="20.00")
    offer = site_offer(range_=range_of(products=[board]), name="Ten off boards")
    _cached(client, CATALOGUE)

    offer.record_usage({"freq": 1, "discount": Decimal("2.00")})

    assert client.get(CATALOGUE)["X-Page-Cache"] == "hit"


def test_an_ending_offer_is_not_shown_past_its_end(client, home_page, settings):
    board = ProductFactory(title="Oak board", price="20.00")
    offer = site_offer(range_=range_of(products=[board]), name="Ten off boards")
    offer.end_datetime = timezone.now() + timedelta(seconds=3)
    offer.save()
    assert "£18.00" in _cached(client, CATALOGUE)

    time.sleep(3.5)

    html = _fresh(client, CATALOGUE)
    assert "£18.00" not in html and "£20.00" in html


def test_a_page_is_kept_no_longer_than_the_next_offer_or_announcement_start(client, home_page):
    soon = timezone.now() + timedelta(minutes=2)
    Announcement.objects.create(message="Winter sale", starts_at=soon)
    assert selectors.next_change_at() == soon

    client.get(CATALOGUE)

    entry = cache.get(store.entry_key(f"http://testserver{CATALOGUE}?"))
    assert entry.expires_at <= soon.timestamp()


def test_publishing_and_unpublishing_a_page_show_on_the_next_request(client, home_page):
    page = home_page.add_child(
        instance=ContentPage(title="Our makers", slug="makers", show_in_menus=True, live=False)
    )
    assert "Our makers" not in _cached(client, "/")

    page.save_revision().publish()
    assert "Our makers" in _fresh(client, "/")

    _cached(client, "/")
    page.refresh_from_db()
    page.unpublish()
    assert "Our makers" not in _fresh(client, "/")


def test_a_menu_edit_shows_on_the_next_request(client, home_page):
    menu = Menu.objects.create(title="Footer", location="footer")
    link = MenuLink.objects.create(menu=menu, label="Delivery times", link_url="/delivery/")
    assert "Delivery times" in _cached(client, "/")

    link.label = "Shipping"
    link.save()

    html = _fresh(client, "/")
    assert "Shipping" in html and "Delivery times" not in html


def test_an_announcement_edit_shows_on_the_next_request(client, home_page):
    note = Announcement.objects.create(message="Free delivery this weekend")
    assert "Free delivery this weekend" in _cached(client, "/")

    note.message = "Free delivery all week"
    note.save()

    assert "Free delivery all week" in _fresh(client, "/")


def test_a_change_made_by_another_process_shows_within_a_second(client, home_page):
    _cached(client, CATALOGUE)

    # Another worker's bump reaches the shared cache only; this process re-reads it in time.
    cache.set(store.SITE_VERSION_KEY, "bumped-by-another-process", timeout=None)
    time.sleep(store.SHARED_CHECK_SECONDS)

    _fresh(client, CATALOGUE)
