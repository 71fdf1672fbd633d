"""In a real browser: an editor publishes a change in Wagtail and shoppers see it; phones work."""

import pytest

from cms.pages.models import ContentPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser(
        email="admin@example.com", password="admin-pass-123"
    )


def test_editor_edits_and_publishes_a_page_in_wagtail_and_sees_it_live(page, home_page, superuser):
    about = home_page.add_child(instance=ContentPage(title="About", slug="about"))
    about.save_revision().publish()

    page.goto("/cms/login/")
    page.fill("input[name=username]", "admin@example.com")
    page.fill("input[name=password]", "admin-pass-123")
    page.click("button[type=submit]")
    page.wait_for_url("**/cms/")

    page.goto(f"/cms/pages/{about.pk}/edit/")
    page.fill("#id_title", "About our larder")
    page.locator("footer .w-dropdown__toggle").first.click()
    page.locator('button[name="action-publish"]').click()
    page.wait_for_url(f"**/cms/pages/{home_page.pk}/")

    page.goto("/about/")
    assert page.locator("main h1").inner_text() == "About our larder"
    assert "About our larder" in page.title()


def test_phone_visitor_can_reach_basket_and_search_at_375px(browser, live_url, home_page):
    context = browser.new_context(
        base_url=live_url, viewport={"width": 375, "height": 740}, is_mobile=True
    )
    context.set_default_timeout(15_000)
    phone = context.new_page()
    try:
        phone.goto("/")
        scroll_width = phone.evaluate("document.documentElement.scrollWidth")
        assert scroll_width <= 375, f"page is {scroll_width}px wide on a 375px phone"
        basket = phone.locator("header .basket-badge")
        assert basket.is_visible()
        box = basket.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 375

        phone.locator("header .navbar-toggler").click()
        search = phone.locator("header .site-search input[name=q]")
        search.wait_for(state="visible")
        search.fill("tea")
        search.press("Enter")
        phone.wait_for_url("**/shop/search/**")
        assert "q=tea" in phone.url

        phone.locator("header .basket-badge").click()
        phone.wait_for_url("**/shop/basket/")
        assert phone.evaluate("document.documentElement.scrollWidth") <= 375
    finally:
        context.close()
