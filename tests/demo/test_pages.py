"""The demo's Wagtail pages: the home page at `/`, the information pages, and a landing page,
the home and landing pages showing real shop products through their blocks."""

from django.conf import settings
from django.utils.html import escape
from oscar.core.loading import get_model

from demo.catalogue import CATEGORY_CODE_PREFIX
from demo.content import LANDING_SLUG
from demo.pages import CONTENT_PAGES, SITE_CONTACT

Category = get_model("catalogue", "Category")
Product = get_model("catalogue", "Product")


def _main_menu(html: str) -> str:
    """The header's main navigation, cut out of a page."""
    return html.split('id="site-nav"', 1)[1].split("site-search", 1)[0]


def _products_in(html: str) -> list:
    return [
        product for product in Product.objects.browsable() if product.get_absolute_url() in html
    ]


def test_home_page_is_the_site_root_and_carries_the_shop_name(client):
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert response.templates[0].name == "pages/home_page.html"
    assert escape(settings.OSCAR_SHOP_NAME) in html
    assert "Welcome to your new Wagtail site" not in html


def test_information_pages_are_published_and_in_the_menu_as_the_demo_says(client):
    menu = _main_menu(client.get("/").content.decode())
    for slug, (title, show_in_menus, _paragraph) in CONTENT_PAGES.items():
        response = client.get(f"/{slug}/")
        assert response.status_code == 200, slug
        assert escape(title) in response.content.decode()
        assert (f'href="/{slug}/"' in menu) == show_in_menus, slug


def test_home_page_shows_shop_products_with_prices_and_category_tiles(client):
    html = client.get("/").content.decode()
    assert len(_products_in(html)) >= 4
    assert "£" in html
    top_categories = Category.objects.filter(depth=1, code__startswith=CATEGORY_CODE_PREFIX)
    assert any(category.get_absolute_url() in html for category in top_categories)


def test_the_landing_page_is_in_the_menu_and_shows_shop_products(client):
    assert f'href="/{LANDING_SLUG}/"' in _main_menu(client.get("/").content.decode())
    response = client.get(f"/{LANDING_SLUG}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert len(_products_in(html)) >= 2
    assert "£" in html


def test_footer_shows_the_demo_shops_contact_details_social_links_and_pages(client):
    html = client.get("/").content.decode()
    footer = html[html.index("<footer") : html.index("</footer>")]

    assert f'href="mailto:{SITE_CONTACT["email"]}"' in footer
    assert SITE_CONTACT["phone"] in footer and "14 Weavers Yard" in footer
    for network in ("Facebook", "Instagram", "X"):
        assert f">{network}</a>" in footer
    for _slug, (title, _in_menus, _paragraph) in CONTENT_PAGES.items():
        assert f">{escape(title)}</a>" in footer
