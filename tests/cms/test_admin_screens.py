"""Every editor screen opens: page types, snippets, site settings, and the shop choosers."""

import pytest
from django.urls import reverse
from wagtail.models import Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from cms.core.models import Menu
from cms.pages.models import ArticleIndexPage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "model_name", ["contentpage", "landingpage", "articleindexpage", "formpage"]
)
def test_admin_add_form_opens_for_each_page_type_under_home(admin_client, home_page, model_name):
    url = reverse("wagtailadmin_pages:add", args=("cms_pages", model_name, home_page.pk))

    assert admin_client.get(url).status_code == 200


def test_admin_add_form_opens_for_an_article_in_the_journal(admin_client, home_page):
    journal = home_page.add_child(instance=ArticleIndexPage(title="Journal", slug="journal"))
    url = reverse("wagtailadmin_pages:add", args=("cms_pages", "articlepage", journal.pk))

    assert admin_client.get(url).status_code == 200


def test_editor_creates_the_main_menu_through_the_snippet_screen(admin_client, client, home_page):
    data = nested_form_data(
        {
            "title": "Header",
            "location": "main",
            "items": inline_formset(
                [{"label": "Offers", "link_page": "", "link_category": "", "link_url": "/offers/"}]
            ),
        }
    )

    response = admin_client.post(reverse("wagtailsnippets_cms_core_menu:add"), data)

    assert response.status_code == 302, response.content.decode()[:2000]
    assert Menu.objects.get(location="main").items.count() == 1
    assert 'href="/offers/">Offers</a>' in client.get("/").content.decode()


def test_menu_link_without_target_is_refused_on_the_snippet_screen(admin_client):
    data = nested_form_data(
        {
            "title": "Header",
            "location": "main",
            "items": inline_formset(
                [{"label": "Nowhere", "link_page": "", "link_category": "", "link_url": ""}]
            ),
        }
    )

    response = admin_client.post(reverse("wagtailsnippets_cms_core_menu:add"), data)

    assert response.status_code == 200
    assert "Choose exactly one target" in response.content.decode()
    assert not Menu.objects.exists()


def test_site_settings_and_announcement_screens_open(admin_client, home_page):
    site = Site.objects.get(is_default_site=True)

    settings_url = reverse("wagtailsettings:edit", args=("cms_core", "sitesettings", site.pk))
    assert admin_client.get(settings_url).status_code == 200
    assert admin_client.get(reverse("wagtailsnippets_cms_core_announcement:add")).status_code == 200


def test_offer_chooser_lists_offers(admin_client):
    from oscar.test.factories import ConditionalOfferFactory

    ConditionalOfferFactory(name="Spring fortnight")

    response = admin_client.get(reverse("offer_chooser:choose"))

    assert response.status_code == 200
    assert "Spring fortnight" in response.content.decode()
