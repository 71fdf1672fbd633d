"""In a real browser, as the demo's editor: build a landing page with a hero picture from the
image library, publish it and see it live; schedule another page, which waits for its date."""

import datetime
import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from cms.pages.models import LandingPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "editor-pass-123"


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


@pytest.fixture
def editor(django_user_model, home_page):
    """The "Editors" group as a fresh database has it (Wagtail's rights plus our migration's
    publishing right); a transactional test starts from a flushed database, so it is rebuilt."""
    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(_permission("wagtailadmin", "access_admin"))
    root = Page.get_first_root_node()
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.get_or_create(
            group=editors, page=root, permission=_permission("wagtailcore", codename)
        )
    collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    for codename in ("add_image", "choose_image"):
        GroupCollectionPermission.objects.get_or_create(
            group=editors, collection=collection, permission=_permission("wagtailimages", codename)
        )
    user = django_user_model.objects.create_user(email="editor@example.com", password=PASSWORD)
    user.groups.add(editors)
    return user


@pytest.fixture
def library_picture(editor):
    """A picture in the image library (the demo fills it; a fresh test database is empty)."""
    return Image.objects.create(title="Harvest table", file=get_test_image_file("harvest.png"))


def _sign_in(page):
    page.goto("/cms/login/")
    page.fill("input[name=username]", "editor@example.com")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/cms/")


def _new_landing_page(page, home_page, *, title: str):
    page.goto(f"/cms/pages/add/cms_pages/landingpage/{home_page.pk}/")
    page.fill("#id_title", title)


def _publish(page):
    page.locator("footer .w-dropdown__toggle").first.click()
    page.locator('button[name="action-publish"]').click()
    page.wait_for_url(re.compile(r"/cms/pages/\d+/$"))


def test_editor_publishes_a_landing_page_with_a_hero_picture_from_the_library(
    page, home_page, editor, library_picture
):
    _sign_in(page)
    _new_landing_page(page, home_page, title="Harvest sale")

    page.get_by_role("button", name="Insert a block").first.click()
    page.get_by_role("option", name="Hero").click()
    page.fill("#body-0-value-heading", "Everything for the harvest table")
    page.get_by_role("button", name="Choose an image").click()
    page.locator(".modal").get_by_role("link", name="Harvest table").click()
    page.locator(".modal").wait_for(state="hidden")
    _publish(page)

    saved = LandingPage.objects.get(slug="harvest-sale")
    assert saved.live
    assert saved.body[0].block_type == "hero"
    assert saved.body[0].value["image"].pk == library_picture.pk

    page.goto("/harvest-sale/")
    assert "Harvest sale" in page.title()
    assert page.locator("main h2", has_text="Everything for the harvest table").is_visible()
    assert page.locator("main section img").count() == 1
    # one visible heading: the page title is there for screen readers only
    assert "sr-only" in page.locator("main h1", has_text="Harvest sale").get_attribute("class")


def test_editor_schedules_a_page_that_is_not_live_until_its_date(page, home_page, editor):
    go_live = timezone.localtime() + datetime.timedelta(days=7)
    _sign_in(page)
    _new_landing_page(page, home_page, title="Winter sale")

    page.locator('[data-side-panel-toggle="status"]').click()
    page.get_by_role("button", name="Set schedule").click()
    dialog = page.locator("#schedule-publishing-dialog")
    dialog.locator("#id_go_live_at").fill(go_live.strftime("%Y-%m-%d %H:%M"))
    dialog.get_by_role("button", name="Save schedule").click()
    page.wait_for_url(re.compile(r"/cms/pages/\d+/edit/$"))
    page.locator("footer .w-dropdown__toggle").first.click()
    schedule = page.locator('button[name="action-publish"]')
    assert "Schedule to publish" in schedule.inner_text()
    schedule.click()
    page.wait_for_url(re.compile(r"/cms/pages/\d+/$"))

    saved = LandingPage.objects.get(slug="winter-sale")
    assert not saved.live and saved.status_string == "scheduled"
    row = page.locator("tr", has_text="Winter sale")
    assert "scheduled" in row.inner_text().lower()
    assert page.request.get("/winter-sale/").status == 404
