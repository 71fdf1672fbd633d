"""Page types sit in a sensible tree; the journal, forms and information pages work for shoppers."""

import datetime

import pytest
from wagtail.models import Page

from cms.pages.models import (
    ArticleIndexPage,
    ArticlePage,
    ContentPage,
    FormField,
    FormPage,
    HomePage,
    LandingPage,
)

pytestmark = pytest.mark.django_db


def test_page_tree_rules_keep_articles_in_the_journal_and_one_home(home_page):
    assert ArticlePage.can_create_at(ArticleIndexPage()) is True
    assert ArticlePage.can_create_at(HomePage()) is False
    assert LandingPage.can_create_at(HomePage()) is True
    assert ContentPage.can_create_at(ContentPage()) is True
    assert FormPage.can_create_at(ContentPage()) is False
    assert HomePage.can_create_at(Page.get_first_root_node()) is False  # max_count=1, exists


def test_content_and_landing_pages_share_blocks_but_keep_their_own_places_and_templates():
    assert ContentPage.can_create_at(LandingPage()) is False
    assert LandingPage.can_create_at(ContentPage()) is False
    assert LandingPage.can_create_at(LandingPage()) is True
    assert ContentPage.template == "pages/content_page.html"
    assert LandingPage.template == "pages/landing_page.html"
    assert ContentPage._meta.get_field("body").stream_block.child_blocks.keys() == (
        LandingPage._meta.get_field("body").stream_block.child_blocks.keys()
    )


def test_journal_lists_live_articles_newest_first_and_filters_by_tag(client, home_page):
    journal = home_page.add_child(instance=ArticleIndexPage(title="Journal", slug="journal"))
    old = journal.add_child(
        instance=ArticlePage(title="Old story", slug="old", date=datetime.date(2025, 1, 1))
    )
    old.tags.add("cheese")
    old.save_revision().publish()
    new = journal.add_child(
        instance=ArticlePage(title="New story", slug="new", date=datetime.date(2026, 1, 1))
    )
    new.tags.add("tea")
    new.save_revision().publish()
    draft = journal.add_child(
        instance=ArticlePage(title="Draft story", slug="draft", date=datetime.date(2026, 2, 1))
    )
    draft.unpublish()

    html = client.get("/journal/").content.decode()
    tagged = client.get("/journal/?tag=cheese").content.decode()

    assert html.index("New story") < html.index("Old story")
    assert "Draft story" not in html
    assert "Old story" in tagged and "New story" not in tagged
    assert 'href="/journal/?tag=tea"' in client.get("/journal/new/").content.decode()


def test_contact_form_page_stores_a_submission_and_thanks_the_shopper(client, home_page):
    form_page = home_page.add_child(
        instance=FormPage(title="Contact", slug="contact", thank_you_text="<p>Thanks!</p>")
    )
    FormField.objects.create(page=form_page, label="Your message", field_type="multiline")
    FormField.objects.create(page=form_page, label="Email", field_type="email")

    response = client.post("/contact/", {"your_message": "Hello", "email": "a@example.com"})

    assert response.status_code == 200
    assert "Thanks!" in response.content.decode()
    assert form_page.get_submission_class().objects.filter(page=form_page).count() == 1


def test_contact_form_with_a_bad_email_says_what_to_fix(client, home_page):
    form_page = home_page.add_child(instance=FormPage(title="Contact", slug="contact"))
    FormField.objects.create(page=form_page, label="Email", field_type="email")

    response = client.post("/contact/", {"email": "not-an-email"})

    assert response.status_code == 200
    assert "Enter a valid email address." in response.content.decode()
