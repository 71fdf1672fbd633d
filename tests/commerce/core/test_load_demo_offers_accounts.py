from decimal import Decimal

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils.html import escape
from oscar.core.loading import get_model

Product = get_model("catalogue", "Product")
ConditionalOffer = get_model("offer", "ConditionalOffer")

pytestmark = pytest.mark.usefixtures("demo_shop")

DEMO_EMAILS = (
    "admin@example.com",
    "editor@example.com",
    "seller1@example.com",
    "seller2@example.com",
    "shopper@example.com",
    "affiliate@example.com",
)


def _add_to_basket(client, title: str) -> None:
    product = Product.objects.get(title=title)
    response = client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 1})
    assert response.status_code == 302


def test_site_wide_offer_takes_10_percent_off_kitchen_goods_in_the_basket(client):
    offer = ConditionalOffer.objects.get(offer_type=ConditionalOffer.SITE)
    _add_to_basket(client, "Stoneware Dinner Plate")  # £14.00
    response = client.get(reverse("basket:summary"))
    html = response.content.decode()
    assert offer.name in html
    assert response.context["basket"].total_excl_tax == Decimal("12.60")


def test_welcome10_voucher_takes_10_percent_off(client):
    _add_to_basket(client, "Bread Every Day")  # £22.00, not in the site offer's range
    response = client.post(reverse("basket:vouchers-add"), {"code": "welcome10"}, follow=True)
    assert response.status_code == 200
    assert response.context["basket"].total_excl_tax == Decimal("19.80")


def test_home_page_is_the_site_root_and_carries_the_shop_name(client):
    response = client.get("/")
    assert response.status_code == 200
    assert response.templates[0].name == "pages/home_page.html"
    assert escape(settings.OSCAR_SHOP_NAME) in response.content.decode()
    assert "Welcome to your new Wagtail site" not in response.content.decode()


def test_about_faq_and_terms_pages_are_published(client):
    for path, title in (("/about/", "About us"), ("/faq/", "FAQ"), ("/terms/", "Terms")):
        response = client.get(path)
        assert response.status_code == 200, path
        assert title in response.content.decode()


def test_about_and_faq_are_in_the_main_menu_but_terms_is_not(client):
    from cms.core.selectors import menu_main

    request = client.get("/").wsgi_request
    titles = [item.title for item in menu_main(request=request)]
    assert "About us" in titles and "FAQ" in titles
    assert "Terms and conditions" not in titles


def test_every_demo_account_signs_in_on_the_shop_login_form_with_the_demo_password(client):
    for email in DEMO_EMAILS:
        response = client.post(
            reverse("customer:login"),
            {
                "login-username": email,
                "login-password": settings.DEMO_PASSWORD,
                "login_submit": "Log In",
            },
        )
        assert response.status_code == 302, email
        assert response.wsgi_request.user.email == email
        client.logout()


def test_a_wrong_password_does_not_sign_in(client):
    response = client.post(
        reverse("customer:login"),
        {"login-username": "shopper@example.com", "login-password": "nope", "login_submit": "1"},
    )
    assert response.status_code == 200
    assert not response.wsgi_request.user.is_authenticated


def test_editor_edits_pages_in_wagtail_but_has_no_shop_dashboard(client):
    assert client.login(username="editor@example.com", password=settings.DEMO_PASSWORD)
    assert client.get("/cms/").status_code == 200
    assert client.get("/cms/pages/").status_code == 200
    dashboard = client.get(reverse("dashboard:index"))
    assert dashboard.status_code in (302, 403)
    assert not dashboard.wsgi_request.user.is_staff


def test_admin_opens_dashboard_django_admin_and_wagtail(client):
    assert client.login(username="admin@example.com", password=settings.DEMO_PASSWORD)
    assert client.get(reverse("dashboard:index")).status_code == 200
    assert client.get("/cms/").status_code == 200
    assert client.get("/django-admin/").status_code == 200


def test_seller_dashboard_lists_only_their_own_products(client):
    assert client.login(username="seller1@example.com", password=settings.DEMO_PASSWORD)
    response = client.get(reverse("dashboard:catalogue-product-list"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Organic Cotton Crew T-shirt" in html  # Seller One's
    assert "Stonewashed Linen Duvet Cover" not in html  # the shop's own
    assert "Salt Roads" not in html  # Seller Two's


def test_home_page_and_a_landing_page_show_real_demo_products_from_blocks(client):
    home_html = client.get("/").content.decode()
    landing = client.get("/seasonal-picks/")
    assert landing.status_code == 200
    assert len(_titles_in(home_html)) >= 4
    assert len(_titles_in(landing.content.decode())) >= 2


def _titles_in(html: str) -> list[str]:
    return [title for title in Product.objects.values_list("title", flat=True) if title in html]
