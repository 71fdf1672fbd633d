"""Editors run the header, footer and announcement bar from snippets and site settings."""

import datetime

import pytest
from django.utils import timezone
from oscar.apps.catalogue.categories import create_from_breadcrumbs
from wagtail.models import Site

from cms.core.models import Announcement, Menu, MenuLink, SiteSettings
from cms.pages.models import ContentPage

pytestmark = pytest.mark.django_db


def test_main_menu_snippet_drives_the_header_links(client, home_page):
    about = home_page.add_child(instance=ContentPage(title="About us", slug="about"))
    teas = create_from_breadcrumbs("Teas")
    menu = Menu.objects.create(title="Header", location="main")
    MenuLink.objects.create(menu=menu, link_page=about, sort_order=0)
    MenuLink.objects.create(menu=menu, link_category=teas, label="All teas", sort_order=1)
    MenuLink.objects.create(menu=menu, link_url="/shop/offers/", label="Offers", sort_order=2)

    html = client.get("/").content.decode()
    header = html[html.index("<header") : html.index("</header>")]

    assert 'href="/about/">About us</a>' in header
    assert f'href="{teas.get_absolute_url()}">All teas</a>' in header
    assert 'href="/shop/offers/">Offers</a>' in header
    assert header.index("About us") < header.index("All teas") < header.index("Offers")


def test_without_menus_header_and_footer_fall_back_to_shop_and_pages(client, home_page):
    home_page.add_child(instance=ContentPage(title="Returns", slug="returns", show_in_menus=True))

    html = client.get("/").content.decode()
    header = html[html.index("<header") : html.index("</header>")]
    footer = html[html.index("<footer") : html.index("</footer>")]

    assert 'href="/shop/catalogue/">Shop</a>' in header
    assert 'href="/returns/">Returns</a>' in header
    assert 'href="/returns/">Returns</a>' in footer


def test_footer_menu_snippet_drives_the_footer(client, home_page):
    menu = Menu.objects.create(title="Footer", location="footer")
    MenuLink.objects.create(menu=menu, link_url="mailto:hi@example.com", label="Write to us")

    html = client.get("/").content.decode()
    footer = html[html.index("<footer") : html.index("</footer>")]

    assert 'href="mailto:hi@example.com">Write to us</a>' in footer


def test_menu_link_needs_exactly_one_target_and_says_so():
    from django.core.exceptions import ValidationError

    link = MenuLink(label="Nowhere")
    with pytest.raises(ValidationError, match="Choose exactly one target"):
        link.clean()
    with pytest.raises(ValidationError, match="Start the address with"):
        MenuLink(label="Bad", link_url="javascript:alert(1)").clean()


def test_announcement_shows_only_inside_its_window(client, home_page):
    now = timezone.now()
    Announcement.objects.create(
        message="Free delivery this week",
        starts_at=now - datetime.timedelta(hours=1),
        ends_at=now + datetime.timedelta(days=1),
    )
    Announcement.objects.create(message="Future sale", starts_at=now + datetime.timedelta(days=2))
    Announcement.objects.create(message="Past sale", ends_at=now - datetime.timedelta(minutes=1))

    html = client.get("/").content.decode()
    shop_html = client.get("/shop/basket/").content.decode()

    assert "Free delivery this week" in html and "Free delivery this week" in shop_html
    assert "Future sale" not in html and "Past sale" not in html


def test_announcement_end_before_start_is_refused_with_a_clear_message():
    from django.core.exceptions import ValidationError

    now = timezone.now()
    with pytest.raises(ValidationError, match="The end must be after the start"):
        Announcement(message="x", starts_at=now, ends_at=now).clean()


def test_site_settings_name_and_contact_appear_in_header_and_footer(client, home_page):
    site = Site.objects.get(is_default_site=True)
    SiteSettings.objects.update_or_create(
        site=site,
        defaults={
            "shop_name": "Pantry & Co",
            "email": "hello@pantry.example",
            "instagram_url": "https://instagram.com/pantry",
        },
    )

    html = client.get("/").content.decode()
    header = html[html.index("<header") : html.index("</header>")]
    footer = html[html.index("<footer") : html.index("</footer>")]

    assert "Pantry &amp; Co" in header
    assert "hello@pantry.example" in footer and "https://instagram.com/pantry" in footer
    assert '"sameAs": ["https://instagram.com/pantry"]' in html
