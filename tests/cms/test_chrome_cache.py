"""The header and footer are cached, and an editor's change shows on the very next page view."""

from datetime import timedelta

import pytest
from django.utils import timezone

from cms.core.models import Announcement, Menu, MenuLink
from cms.pages.models import ContentPage

pytestmark = pytest.mark.django_db


def test_a_new_footer_menu_link_shows_on_the_next_page_view(client, home_page):
    assert "Delivery times" not in client.get("/").content.decode()

    menu = Menu.objects.create(title="Footer", location="footer")
    MenuLink.objects.create(menu=menu, label="Delivery times", link_url="/delivery/")

    assert 'href="/delivery/">Delivery times' in client.get("/").content.decode()


def test_a_renamed_menu_link_and_a_deleted_menu_show_at_once(client, home_page):
    menu = Menu.objects.create(title="Main", location="main")
    link = MenuLink.objects.create(menu=menu, label="Gift ideas", link_url="/gifts/")
    assert "Gift ideas" in client.get("/").content.decode()

    link.label = "Presents"
    link.save()
    html = client.get("/").content.decode()
    assert "Presents" in html and "Gift ideas" not in html

    menu.delete()
    assert "Presents" not in client.get("/").content.decode()


def test_a_published_page_joins_the_menu_and_an_unpublished_one_leaves_it(client, home_page):
    page = home_page.add_child(
        instance=ContentPage(title="Our makers", slug="makers", show_in_menus=True, live=False)
    )
    assert "Our makers" not in client.get("/").content.decode()

    page.save_revision().publish()
    assert "Our makers" in client.get("/").content.decode()

    page.refresh_from_db()
    page.unpublish()
    assert "Our makers" not in client.get("/").content.decode()


def test_announcement_shows_only_inside_its_window_even_when_cached(client, home_page):
    now = timezone.now()
    Announcement.objects.create(
        message="Free delivery this weekend", ends_at=now + timedelta(days=2)
    )
    Announcement.objects.create(message="Winter sale", starts_at=now + timedelta(days=1))

    html = client.get("/").content.decode()
    assert "Free delivery this weekend" in html
    assert "Winter sale" not in html


def test_chrome_costs_no_queries_once_cached(client, home_page, django_assert_max_num_queries):
    Menu.objects.create(title="Main", location="main")
    client.get("/shop/basket/")  # warms the cache
    # Site lookup and site settings are the only reads left for the header and footer.
    with django_assert_max_num_queries(4):
        response = client.get("/shop/basket/")
    assert response.status_code == 200
