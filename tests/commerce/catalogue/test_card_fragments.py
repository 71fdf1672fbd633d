"""Product cards come from cached fragments keyed on what they show: a second view reuses the
HTML, any change a shopper would see (price, stock, a new automatic offer) makes a new card
on the next view, and the add-to-basket form always carries the viewer's own CSRF token."""

import re

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from oscar.core.loading import get_model

from cms.pages.models import LandingPage
from commerce.catalogue import card_fragments
from commerce.catalogue.card_fragments import CSRF_SLOT, card_fragment_key
from tests.cms.conftest import grid_value
from tests.commerce.catalogue.site_offers import range_of, site_offer
from tests.factories import ProductFactory

Line = get_model("basket", "Line")

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture
def teapot(home_page):
    product = ProductFactory(title="Cast iron teapot", price="24.00", stock=3)
    page = home_page.add_child(
        instance=LandingPage(title="Tea", slug="tea", body=grid_value([product]))
    )
    page.save_revision().publish()
    return product


def _card(client) -> str:
    html = client.get("/tea/").content.decode()
    start = html.index('<article class="product-card')
    return html[start : html.index("</article>", start)]


def _renders(monkeypatch) -> list:
    rendered = []
    real = card_fragments.render_to_string

    def spy(name, context=None, *args, **kwargs):
        rendered.append(name)
        return real(name, context, *args, **kwargs)

    monkeypatch.setattr(card_fragments, "render_to_string", spy)
    return rendered


def test_a_card_is_rendered_once_and_then_read_from_the_cache(client, teapot, monkeypatch):
    rendered = _renders(monkeypatch)

    first = _card(client)
    second = _card(Client())

    assert rendered == [card_fragments.CARD_TEMPLATE]
    assert "Cast iron teapot" in second and "£24.00" in second
    assert TOKEN.sub("", first) == TOKEN.sub("", second)


def test_the_cached_fragment_holds_no_shoppers_csrf_token(client, teapot):
    page = client.get("/tea/")
    card = page.context["cards"][0]

    fragment = cache.get(card_fragment_key(card))

    assert CSRF_SLOT in fragment
    assert not TOKEN.search(fragment.replace(CSRF_SLOT, ""))
    assert CSRF_SLOT not in page.content.decode()


def test_each_shopper_adds_to_the_basket_with_their_own_token_from_a_cached_card(teapot):
    shoppers = [Client(enforce_csrf_checks=True) for _ in range(2)]
    for shopper in shoppers:
        token = TOKEN.search(_card(shopper)).group(1)
        response = shopper.post(
            reverse("basket:add", kwargs={"pk": teapot.pk}),
            {"quantity": 1, "csrfmiddlewaretoken": token},
        )
        assert response.status_code == 302

    assert Line.objects.filter(product=teapot).count() == 2


def test_a_new_price_shows_on_the_next_view(client, teapot):
    assert "£24.00" in _card(client)
    teapot.stockrecords.update(price="19.00")

    card = _card(client)

    assert "£19.00" in card and "£24.00" not in card


def test_stock_running_out_shows_on_the_next_view(client, teapot):
    assert "Add to basket</button>" in _card(client)
    record = teapot.stockrecords.get()
    record.num_in_stock = 0
    record.save()

    card = _card(client)

    assert "Sold out" in card and "Add to basket</button>" not in card


def test_a_new_automatic_offer_shows_on_the_next_view(client, teapot):
    assert "price--offer" not in _card(client)
    site_offer(range_=range_of(products=[teapot]), name="Tea week", value="25.00")

    card = _card(client)

    assert "Tea week" in card and "£18.00" in card and "£24.00" in card
