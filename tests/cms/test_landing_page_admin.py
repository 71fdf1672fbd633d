"""Done when: an editor builds a landing page with a product grid in the Wagtail admin, publishes
it, and the public page shows those products at the shop's current prices."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, streamfield

from cms.pages.models import LandingPage
from tests.cms.conftest import product_grid_form_data

pytestmark = pytest.mark.django_db


def _add_landing_page_url(parent):
    return reverse("wagtailadmin_pages:add", args=("cms_pages", "landingpage", parent.pk))


def test_landing_page_made_in_admin_shows_products_at_current_prices(
    admin_client, client, home_page, product_factory
):
    tea = product_factory("Smoky Lapsang Tea", "4.50")
    jam = product_factory("Damson Jam", "3.20")
    data = nested_form_data(
        {
            "title": "Winter larder",
            "slug": "winter-larder",
            "body": streamfield([("product_grid", product_grid_form_data([tea, jam]))]),
            "action-publish": "action-publish",
        }
    )

    response = admin_client.post(_add_landing_page_url(home_page), data)

    assert response.status_code == 302, response.content.decode()[:2000]
    page = LandingPage.objects.get(slug="winter-larder")
    assert page.live
    html = client.get("/winter-larder/").content.decode()
    assert "Smoky Lapsang Tea" in html and "£4.50" in html
    assert "Damson Jam" in html and "£3.20" in html
    assert html.index("Smoky Lapsang Tea") < html.index("Damson Jam")

    tea.stockrecords.update(price="5.75")

    html = client.get("/winter-larder/").content.decode()
    assert "£5.75" in html and "£4.50" not in html


def test_landing_page_preview_renders_the_unsaved_products(
    admin_client, home_page, product_factory
):
    tea = product_factory("Preview Tea", "2.10")
    data = nested_form_data(
        {
            "title": "Preview me",
            "slug": "preview-me",
            "body": streamfield([("product_grid", product_grid_form_data([tea]))]),
        }
    )
    preview_url = reverse(
        "wagtailadmin_pages:preview_on_add", args=("cms_pages", "landingpage", home_page.pk)
    )

    assert admin_client.post(preview_url, data).json()["is_valid"] is True
    html = admin_client.get(preview_url).content.decode()

    assert "Preview Tea" in html and "£2.10" in html
    assert not LandingPage.objects.filter(slug="preview-me").exists()


def test_admin_product_chooser_finds_products_by_title(admin_client, product_factory):
    product_factory("Heather Honey", "6.00")
    product_factory("Oat Biscuits", "2.00")

    response = admin_client.get(reverse("product_chooser:choose_results"), {"q": "honey"})

    html = response.content.decode()
    assert response.status_code == 200
    assert "Heather Honey" in html and "Oat Biscuits" not in html


def test_admin_category_chooser_lists_shop_categories(admin_client):
    from oscar.apps.catalogue.categories import create_from_breadcrumbs

    create_from_breadcrumbs("Pantry > Preserves")

    response = admin_client.get(reverse("category_chooser:choose_results"), {"q": "preserv"})

    assert response.status_code == 200
    assert "Preserves" in response.content.decode()
