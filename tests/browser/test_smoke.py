import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_home_page_renders_in_chromium_with_the_shared_header(page, home_page):
    page.goto("/")
    expect(page.locator("header.site-header")).to_be_visible()
    page.click("text=Basket")
    expect(page).to_have_url(re.compile(r"/shop/basket/"))
    expect(page.locator("header.site-header")).to_be_visible()
