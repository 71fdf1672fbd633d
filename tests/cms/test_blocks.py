"""Shop blocks render live Oscar content: prices and stock at request time, never a broken card."""

from decimal import Decimal

import pytest
from oscar.apps.catalogue.categories import create_from_breadcrumbs
from oscar.test.factories import (
    BenefitFactory,
    ConditionalOfferFactory,
    ConditionFactory,
    RangeFactory,
)
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from cms.pages.models import LandingPage
from tests.cms.conftest import grid_value

pytestmark = pytest.mark.django_db


def _landing(home_page, body, slug="campaign"):
    page = home_page.add_child(instance=LandingPage(title="Campaign", slug=slug, body=body))
    page.save_revision().publish()
    return page


def test_hidden_and_deleted_products_are_left_out_of_a_grid(client, home_page, product_factory):
    shown = product_factory("Shown Cheese", "7.00")
    hidden = product_factory("Hidden Cheese", "8.00", is_public=False)
    gone = product_factory("Deleted Cheese", "9.00")
    _landing(home_page, grid_value([shown, hidden, gone]))
    gone.delete()

    response = client.get("/campaign/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Shown Cheese" in html
    assert "Hidden Cheese" not in html and "Deleted Cheese" not in html


def test_sold_out_product_is_marked_and_cannot_be_added_to_the_basket(
    client, home_page, product_factory
):
    product = product_factory("Last Loaf", "3.00", stock=0)
    _landing(home_page, grid_value([product]))

    html = client.get("/campaign/").content.decode()

    assert "Last Loaf" in html and "£3.00" in html
    assert "Sold out" in html
    assert f'action="/shop/basket/add/{product.pk}/"' not in html


def test_in_stock_product_card_posts_to_the_basket(client, home_page, product_factory):
    product = product_factory("Oat Milk", "1.90")
    _landing(home_page, grid_value([product]))

    html = client.get("/campaign/").content.decode()
    response = client.post(f"/shop/basket/add/{product.pk}/", {"quantity": 1})

    assert f'action="/shop/basket/add/{product.pk}/"' in html
    assert response.status_code == 302
    assert "Oat Milk" in client.get("/shop/basket/").content.decode()


def test_product_grid_queries_stay_flat_as_it_grows(client, home_page, product_factory):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from oscar.test.factories import create_product

    def parent_with_sizes(title):
        parent = create_product(title=title, structure="parent")
        for size in ("S", "M", "L"):
            create_product(
                title=f"{title} {size}",
                structure="child",
                parent=parent,
                price=Decimal("9.00"),
                num_in_stock=4,
            )
        return parent

    small = [product_factory(f"Small jar {n}", "2.00") for n in range(4)]
    small.append(parent_with_sizes("Small shirt"))
    large = [product_factory(f"Large jar {n}", "2.00") for n in range(45)]
    large += [parent_with_sizes(f"Large shirt {n}") for n in range(5)]
    _landing(home_page, grid_value(small), slug="small")
    _landing(home_page, grid_value(large), slug="large")
    counts = {}
    for slug in ("small", "large"):
        client.get(f"/{slug}/")  # warm per-process caches (site root paths, thumbnails)
        with CaptureQueriesContext(connection) as queries:
            html = client.get(f"/{slug}/").content.decode()
        counts[slug] = len(queries)
        assert html.count('class="product-card ') == (5 if slug == "small" else 50)
        assert "Choose options" in html  # parents priced from their children, never broken

    assert counts["small"] == counts["large"], counts
    assert counts["large"] <= 30, counts


def test_offer_block_shows_range_products_at_the_discounted_price(
    client, home_page, product_factory
):
    honey = product_factory("Wildflower Honey", "10.00")
    product_factory("Not In Range", "10.00")
    offer_range = RangeFactory(name="Honeys", includes_all_products=False)
    offer_range.add_product(honey)
    benefit = BenefitFactory(range=offer_range, type="Percentage", value=Decimal("20"))
    # Met by one honey: the block shows the price a shopper pays for one, as cards do.
    condition = ConditionFactory(range=offer_range, type="Count", value=1)
    offer = ConditionalOfferFactory(name="Honey fortnight", benefit=benefit, condition=condition)
    body = [{"type": "offer", "value": {"heading": "", "offer": offer.pk, "limit": 8}}]
    _landing(home_page, body)

    html = client.get("/campaign/").content.decode()

    assert "Honey fortnight" in html
    assert "Wildflower Honey" in html and "Not In Range" not in html
    assert "£8.00" in html and "<s " in html and "£10.00" in html


def _library_image(title="Aisle picture", description="A shelf of jars"):
    return get_image_model().objects.create(
        title=title, description=description, file=get_test_image_file(size=(800, 600))
    )


def test_category_tiles_link_to_public_categories(client, home_page):
    preserves = create_from_breadcrumbs("Pantry > Preserves")
    tiles = [{"category": preserves.pk, "image": None}]
    body = [{"type": "category_tiles", "value": {"heading": "Aisles", "categories": tiles}}]
    _landing(home_page, body)

    html = client.get("/campaign/").content.decode()

    assert "Preserves" in html and preserves.get_absolute_url() in html


def test_a_category_tile_shows_its_library_picture_with_alt_text_and_sizes(client, home_page):
    preserves = create_from_breadcrumbs("Pantry > Preserves")
    picture = _library_image()
    tiles = [{"category": preserves.pk, "image": picture.pk}]
    body = [{"type": "category_tiles", "value": {"heading": "Aisles", "categories": tiles}}]
    _landing(home_page, body)

    html = client.get("/campaign/").content.decode()

    tile = html.split('class="category-tile ', 1)[1].split("</a>", 1)[0]
    assert "<img" in tile and 'alt="A shelf of jars"' in tile
    assert "srcset=" in tile and 'loading="lazy"' in tile


def test_a_hero_with_a_library_picture_renders_it_behind_the_heading(client, home_page):
    picture = _library_image(title="Hero", description="A laden table")
    hero = {"image": picture.pk, "heading": "Goods worth keeping", "cta_label": ""}
    _landing(home_page, [{"type": "hero", "value": hero}])

    html = client.get("/campaign/").content.decode()

    section = html.split('class="block-hero', 1)[1].split("</section>", 1)[0]
    assert "block-hero--pictured" in section
    assert 'alt="A laden table"' in section and "srcset=" in section
    assert "Goods worth keeping" in section


def test_faq_hero_and_cta_blocks_render_their_text(client, home_page):
    about = home_page.add_child(instance=LandingPage(title="About", slug="about-us"))
    body = [
        {
            "type": "hero",
            "value": {
                "heading": "Goods worth keeping",
                "text": "Since 1921",
                "cta_label": "Shop now",
                "cta_url": "https://example.com/",
            },
        },
        {
            "type": "faq",
            "value": {
                "heading": "Questions",
                "items": [{"question": "Do you ship abroad?", "answer": "<p>Yes, to the EU.</p>"}],
            },
        },
        {
            "type": "cta_banner",
            "value": {
                "heading": "Join us",
                "text": "",
                "button_label": "Read",
                "button_page": about.pk,
                "button_url": "",
            },
        },
    ]
    _landing(home_page, body)

    html = client.get("/campaign/").content.decode()

    assert "Goods worth keeping" in html and "Shop now" in html
    assert "<details" in html and "Do you ship abroad?" in html and "Yes, to the EU." in html
    assert 'href="/about-us/"' in html
