"""The product page of a shirt made in colours and sizes: a picker, not a list of links, that
works without JavaScript; and a variant's page, which keeps its parent's description."""

import json
import re

import pytest
from django.urls import reverse

from commerce.core.media import PRODUCT_PAGE_PICTURE, product_picture_url
from tests.commerce.catalogue.shirts import camp_shirt

pytestmark = pytest.mark.django_db


def _page(client, shirt, query=""):
    response = client.get(shirt.get_absolute_url() + query)
    assert response.status_code == 200
    return response.content.decode()


def _add(client, shirt, **chosen):
    return client.post(reverse("variants:add", kwargs={"pk": shirt.pk}), {"quantity": 1, **chosen})


def _picture(variant) -> str:
    """The picker's prepared size of a variant's picture (never the original)."""
    return product_picture_url(image=variant.images.get(), thumbnail=PRODUCT_PAGE_PICTURE)


def _basket_lines(client):
    basket = client.get(reverse("basket:summary")).context["basket"]
    return [(line.product_id, line.quantity) for line in basket.all_lines()]


def _messages(response):
    return [str(message) for message in response.wsgi_request._messages]


def test_a_parent_page_shows_a_colour_and_size_picker(client):
    shirt = camp_shirt(prices={("Blue", "S"): "36.00"})

    html = _page(client, shirt)

    assert re.search(r"<legend[^>]*>Colour<", html) and re.search(r"<legend[^>]*>Size<", html)
    assert html.count('type="radio" class="variant-picker__input"') == 5
    # Swatches name their colour for screen readers.
    assert '<span class="sr-only">Red</span>' in html
    # The variant shown first is the cheapest, as on the product's card.
    assert re.search(r"data-variant-price>.*?data-price>£36.00<", html, re.S)
    assert 'value="Blue" data-label="Blue" checked' in html
    assert "Variants:" not in html


def test_the_page_embeds_every_variant_for_the_script(client):
    shirt = camp_shirt(sold_out={("Red", "L")})

    html = _page(client, shirt)

    data = json.loads(re.search(r'id="variant-picker-data"[^>]*>(.*?)</script>', html).group(1))
    red_l = next(v for v in data["variants"] if v["choices"] == {"colour": "Red", "size": "L"})
    assert (red_l["price"], red_l["available"], red_l["status"]) == ("£40.00", False, "Sold out")
    assert red_l["image"] == _picture(shirt.variants[("Red", "L")])
    assert red_l["url"] == shirt.variants[("Red", "L")].get_absolute_url()


def test_sold_out_and_not_made_options_say_so(client):
    shirt = camp_shirt(missing={("Red", "L")}, sold_out={("Red", "M")})

    html = _page(client, shirt, "?colour=Red&size=S")

    size_labels = re.findall(r'<label for="variant-size-\w+"[^>]*>.*?</label>', html, re.S)
    notes = [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", label)).strip() for label in size_labels]
    assert notes == ["S", "M sold out", "L not made"]


def test_the_parent_page_queries_do_not_grow_with_its_variants(
    client, django_assert_max_num_queries
):
    few = camp_shirt(colours=("Red",), sizes=("S",))
    many = camp_shirt(colours=("Red", "Blue", "Green"), sizes=("S", "M", "L"))
    _page(client, few)  # the session, menus and the product's own caches are warm
    _page(client, many)

    with django_assert_max_num_queries(60) as few_queries:
        _page(client, few)
    with django_assert_max_num_queries(60) as many_queries:
        _page(client, many)

    assert len(many_queries) == len(few_queries)


def test_the_form_adds_the_chosen_variant(client):
    shirt = camp_shirt()

    response = _add(client, shirt, colour="Blue", size="M", action="add")

    assert response.status_code == 302
    assert _basket_lines(client) == [(shirt.variants[("Blue", "M")].pk, 1)]


def test_a_combination_not_made_goes_back_to_the_picker_saying_what_to_do(client):
    shirt = camp_shirt(missing={("Blue", "L")})

    response = _add(client, shirt, colour="Blue", size="L", action="add")

    assert response.status_code == 302
    assert response["Location"] == f"{shirt.get_absolute_url()}?colour=Blue&size=L#variant-picker"
    assert _messages(response) == [
        "Camp shirt is not made in Blue, L. Please choose another colour or size."
    ]
    assert _basket_lines(client) == []


def test_a_sold_out_variant_is_not_added_and_the_shopper_is_told_why(client):
    shirt = camp_shirt(sold_out={("Red", "S")})

    response = _add(client, shirt, colour="Red", size="S", action="add")

    assert _messages(response) == [
        "Camp shirt in Red, S is sold out. Please choose another colour or size."
    ]
    assert _basket_lines(client) == []


def test_a_missing_choice_asks_for_it(client):
    shirt = camp_shirt()

    response = _add(client, shirt, colour="Red", action="add")

    assert _messages(response) == ["Please choose a size, then add it to your basket."]


def test_the_form_opens_the_chosen_variants_page(client):
    shirt = camp_shirt(sold_out={("Red", "S")})

    response = _add(client, shirt, colour="Red", size="S", action="view")

    assert response["Location"] == shirt.variants[("Red", "S")].get_absolute_url()


def test_a_variant_page_keeps_the_parents_description_and_links_back_to_the_picker(client):
    shirt = camp_shirt()
    red_m = shirt.variants[("Red", "M")]

    html = _page(client, red_m)

    assert "Washed linen with a camp collar." in html
    link = f'href="{shirt.get_absolute_url()}?variant={red_m.pk}#variant-picker"'
    assert link in html and "Choose another colour or size" in html


def test_the_link_back_preselects_the_variant(client):
    shirt = camp_shirt()
    red_m = shirt.variants[("Red", "M")]

    html = _page(client, shirt, f"?variant={red_m.pk}")

    assert 'value="Red" data-label="Red" checked' in html
    assert 'value="M" data-label="M" checked' in html
    assert re.search(rf'<img src="{re.escape(_picture(red_m))}"[^>]*data-variant-image', html)
