"""The demo's header and footer links and its announcement are real snippets: what the site
shows is what the editor finds on the admin's Menus and Announcements screens."""

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils.html import escape

from cms.core.models import Announcement, Menu

from .test_pages import _main_menu


def _editor(client):
    client.force_login(get_user_model().objects.get(email="editor@example.com"))
    return client


def test_the_header_shows_the_main_menu_the_admin_lists(client):
    menu = Menu.objects.get(location="main")
    links = list(menu.items.order_by("sort_order"))
    assert [link.title_for() for link in links][:1] == ["Shop"] and len(links) > 1

    header = _main_menu(client.get("/").content.decode())
    for link in links:
        assert f'href="{link.url_for(request=None)}"' in header, link.title_for()

    listing = _editor(client).get(reverse("wagtailsnippets_cms_core_menu:list")).content.decode()
    assert escape(menu.title) in listing and "No menus" not in listing


def test_the_footer_shows_the_footer_menu(client):
    menu = Menu.objects.get(location="footer")
    html = client.get("/").content.decode()
    footer = html[html.index("<footer") :]

    for link in menu.items.all():
        assert escape(link.title_for()) in footer


def test_the_announcement_on_the_site_is_the_one_the_admin_lists(client):
    announcement = Announcement.objects.get()
    assert escape(announcement.message) in client.get("/").content.decode()

    listing = _editor(client).get(reverse("wagtailsnippets_cms_core_announcement:list"))
    assert escape(announcement.message) in listing.content.decode()
