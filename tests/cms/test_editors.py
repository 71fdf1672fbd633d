"""The editors' admin: editors publish and schedule pages themselves, the shop's storefront
never leaks into Wagtail's screens, and no outside service draws their avatars."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import nested_form_data, streamfield

from cms.pages.models import LandingPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    """A member of Wagtail's "Editors" group, with the rights a fresh database gives it."""
    user = django_user_model.objects.create_user(email="editor@example.com", password="pw")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return client


def _landing_page_form(title: str, slug: str, **extra) -> dict:
    hero = {"heading": title, "text": "", "image": "", "cta_label": "", "cta_page": ""}
    hero["cta_url"] = ""
    return nested_form_data(
        {"title": title, "slug": slug, "body": streamfield([("hero", hero)]), **extra}
    )


def _add_url(parent):
    return reverse("wagtailadmin_pages:add", args=("cms_pages", "landingpage", parent.pk))


def test_an_editor_publishes_a_page_and_shoppers_see_it(editor, client, home_page):
    edit_screen = editor.get(_add_url(home_page)).content.decode()
    assert 'name="action-publish"' in edit_screen

    data = _landing_page_form("Spring sale", "spring-sale", **{"action-publish": "publish"})
    response = editor.post(_add_url(home_page), data)

    assert response.status_code == 302, response.content.decode()[:2000]
    page = LandingPage.objects.get(slug="spring-sale")
    assert page.live and not page.has_unpublished_changes
    editor.logout()
    assert client.get("/spring-sale/").status_code == 200


def test_an_editor_schedules_a_page_that_goes_live_later(editor, client, home_page):
    go_live = timezone.localtime() + datetime.timedelta(days=3)
    data = _landing_page_form(
        "Winter sale",
        "winter-sale",
        go_live_at=go_live.strftime("%Y-%m-%d %H:%M"),
        **{"action-publish": "publish"},
    )

    response = editor.post(_add_url(home_page), data)

    assert response.status_code == 302, response.content.decode()[:2000]
    page = LandingPage.objects.get(slug="winter-sale")
    assert not page.live
    assert page.scheduled_revision is not None
    assert page.scheduled_revision.approved_go_live_at.date() == go_live.date()
    assert page.status_string == "scheduled"
    listing = editor.get(reverse("wagtailadmin_explore", args=(home_page.pk,))).content.decode()
    row = listing[listing.index("Winter sale") :].split("</tr>", 1)[0]
    assert "scheduled" in row.lower()
    editor.logout()
    assert client.get("/winter-sale/").status_code == 404


def test_the_snippet_listing_search_box_has_no_storefront_fields(admin_client):
    html = admin_client.get(reverse("wagtailsnippets_cms_core_menu:list")).content.decode()

    assert 'name="sort_by"' not in html and "Customer rating" not in html
    assert "/static/css/" not in html


def test_the_admin_fetches_no_avatar_from_an_outside_service(editor):
    for url in ("/cms/", reverse("wagtailadmin_account")):
        html = editor.get(url).content.decode()
        assert "gravatar" not in html.lower()


def test_with_no_menus_the_menus_screen_says_the_site_shows_its_default_links(admin_client):
    html = admin_client.get(reverse("wagtailsnippets_cms_core_menu:list")).content.decode()

    assert "the site shows its default links" in html
    assert "There are no menus" not in html
    assert reverse("wagtailsnippets_cms_core_menu:add") in html
