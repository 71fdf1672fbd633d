"""The storefront's design: the footer editors fill from site settings, the skip link and
landmarks, and styles that stay out of the back office."""

import pytest
from django.urls import reverse
from wagtail.models import Site

from cms.core.models import SiteSettings

pytestmark = pytest.mark.django_db

SITE_CSS = "css/site.css"


def _footer(html: str) -> str:
    return html[html.index("<footer") : html.index("</footer>")]


@pytest.fixture
def contact_details(home_page):
    site = Site.objects.get(is_default_site=True)
    SiteSettings.objects.update_or_create(
        site=site,
        defaults={
            "email": "hello@pantry.example",
            "phone": "+44 20 7946 0000",
            "address": "Pantry & Co\n1 Mill Lane\nLeeds LS1 1AA",
            "facebook_url": "https://www.facebook.com/pantry",
            "x_url": "https://x.com/pantry",
        },
    )


def test_footer_shows_contact_details_and_social_profiles_from_site_settings(
    client, contact_details
):
    footer = _footer(client.get("/").content.decode())

    assert 'href="mailto:hello@pantry.example"' in footer
    assert 'href="tel:+442079460000"' in footer and "+44 20 7946 0000" in footer
    assert "1 Mill Lane" in footer
    assert 'href="https://www.facebook.com/pantry" rel="noopener" data-footer-social>Facebook<' in (
        footer
    )
    assert ">X</a>" in footer
    assert "Instagram" not in footer  # no address given, no link


def test_footer_is_the_same_on_shop_pages(client, contact_details):
    footer = _footer(client.get("/shop/basket/").content.decode())

    assert "hello@pantry.example" in footer and "https://x.com/pantry" in footer


def test_footer_without_settings_still_lists_information_pages(client, home_page):
    from cms.pages.models import ContentPage

    home_page.add_child(instance=ContentPage(title="Delivery", slug="delivery"))

    footer = _footer(client.get("/").content.decode())

    assert 'href="/delivery/">Delivery</a>' in footer
    assert "data-footer-social" not in footer and "mailto:" not in footer


@pytest.mark.parametrize("path", ["/", "/shop/catalogue/", "/shop/basket/"])
def test_storefront_pages_have_a_skip_link_to_main_and_landmarks(client, home_page, path):
    html = client.get(path).content.decode()

    assert '<a class="skip-link" href="#main">' in html
    assert 'id="main"' in html and "<main" in html
    for landmark in ("<header", "<nav", "<footer"):
        assert landmark in html
    assert SITE_CSS in html


@pytest.fixture
def staff_client(client, make_user):
    staff = make_user(email="staff@example.com")
    staff.is_staff = staff.is_superuser = True
    staff.save()
    client.force_login(staff)
    return client


@pytest.mark.parametrize(
    "url_name",
    ["wagtailadmin_home", "wagtailadmin_explore_root", "dashboard:index", "dashboard:order-list"],
)
def test_back_office_pages_do_not_load_the_storefront_styles(staff_client, home_page, url_name):
    response = staff_client.get(reverse(url_name))

    assert response.status_code == 200
    html = response.content.decode()
    assert SITE_CSS not in html and "js/site.js" not in html


def test_dashboard_sign_in_page_does_not_load_the_storefront_styles(client, db):
    html = client.get("/shop/dashboard/login/").content.decode()

    assert SITE_CSS not in html
