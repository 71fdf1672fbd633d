"""Page titles, breadcrumbs and headings never say the same thing twice."""

import re
from html import unescape

import pytest
from django.conf import settings

from cms.pages.models import LandingPage
from tests.factories import CategoryFactory

pytestmark = pytest.mark.django_db


def _title(html: str) -> str:
    return unescape(re.search(r"<title>(.*?)</title>", html, re.S).group(1)).strip()


def test_the_home_page_title_is_the_shop_name_once(client, home_page):
    assert home_page.title == settings.OSCAR_SHOP_NAME

    assert _title(client.get("/").content.decode()) == settings.OSCAR_SHOP_NAME


def test_other_pages_are_titled_page_then_shop(client, home_page):
    about = home_page.add_child(instance=LandingPage(title="Our story", slug="story"))
    about.save_revision().publish()

    assert _title(client.get("/story/").content.decode()) == (
        f"Our story | {settings.OSCAR_SHOP_NAME}"
    )


def test_a_landing_page_opening_with_a_hero_shows_one_heading(client, home_page):
    hero = {"type": "hero", "value": {"heading": "Autumn at the larder", "text": "New jams"}}
    page = home_page.add_child(instance=LandingPage(title="Autumn", slug="autumn", body=[hero]))
    page.save_revision().publish()

    html = client.get("/autumn/").content.decode()

    # The page's title stays the page's h1 for screen readers; sighted shoppers read the hero.
    assert re.search(r'<h1 class="sr-only">\s*Autumn\s*</h1>', html)
    assert "Autumn at the larder" in html


def test_a_landing_page_without_a_hero_shows_its_title(client, home_page):
    page = home_page.add_child(instance=LandingPage(title="Gift guide", slug="gifts", body=[]))
    page.save_revision().publish()

    assert re.search(r"<h1>\s*Gift guide\s*</h1>", client.get("/gifts/").content.decode())


def test_the_demo_shop_has_no_category_named_like_the_home_link(client):
    from demo.data import CATEGORIES

    assert "Home" not in {name for name, _children in CATEGORIES.values()}


def test_a_category_breadcrumb_starts_at_home_once(client, home_page):
    living = CategoryFactory(name="Home & living")
    decor = CategoryFactory(name="Decor", parent=living)

    html = client.get(decor.get_absolute_url()).content.decode()
    crumbs = re.search(r'<ol class="breadcrumb">(.*?)</ol>', html, re.S).group(1)
    names = [unescape(re.sub(r"<[^>]+>", "", item)).strip() for item in crumbs.split("</li>")]

    assert [name for name in names if name] == ["Home", "Home & living", "Decor"]
