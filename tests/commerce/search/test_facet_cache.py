"""Facet counts are kept between requests, and never outlive a change to what they count:
every real write to a product, its categories, offers, stock, sellers or attributes shows in
the next page's counts."""

import pytest
from oscar.core.loading import get_model

from commerce.partner.services import stock_allocate
from tests.commerce.search.helpers import catalogue_settled, facet_counts, num_matching
from tests.factories import CategoryFactory, ClothingFactory, SellerFactory

pytestmark = pytest.mark.django_db

AttributeOption = get_model("catalogue", "AttributeOption")
ListedProduct = get_model("search", "ListedProduct")


@pytest.fixture
def shop():
    clothing = CategoryFactory(name="Clothing")
    home = CategoryFactory(name="Home")
    loomers = SellerFactory(name="Loomers")
    shirt = ClothingFactory(
        title="Blue shirt", price=20, stock=1, colour="Blue", categories=[clothing]
    )
    ClothingFactory(title="Red shirt", price=35, colour="Red", categories=[clothing])
    return {"clothing": clothing, "home": home, "loomers": loomers, "shirt": shirt}


def test_counts_taken_just_after_a_write_are_not_kept(client, shop):
    # The write may not have committed when they were taken: the next page counts again.
    client.get("/shop/catalogue/")
    _price_changed_without_signal(shop["shirt"], 30)  # as if its commit came after the counts
    assert _counts(client, "price") == {"£25 to £50": 2}


def test_a_write_that_sends_no_signal_shows_only_after_the_timeout(client, shop):
    catalogue_settled()
    assert _counts(client, "price") == {"Under £25": 1, "£25 to £50": 1}
    _price_changed_without_signal(shop["shirt"], 30)  # kept counts stay until the timeout
    assert _counts(client, "price") == {"Under £25": 1, "£25 to £50": 1}


def _price_changed_without_signal(product, price) -> None:
    # What the counts read (the listing's stored offer price), changed with no signal.
    product.stockrecords.update(price=price)
    ListedProduct.objects.filter(product=product).update(offer_price=price)


def _counts(client, facet, url="/shop/catalogue/"):
    return facet_counts(client.get(url), facet)


def test_a_repeated_listing_reads_its_counts_from_the_cache(
    client, shop, django_assert_max_num_queries
):
    catalogue_settled()
    client.get("/shop/catalogue/")
    with django_assert_max_num_queries(6):  # the page and its cards: no facet is counted
        response = client.get("/shop/catalogue/?sort=price-asc")
    assert facet_counts(response, "category") == {"Clothing": 2}


def test_a_new_product_shows_in_the_next_counts(client, shop):
    assert _counts(client, "category") == {"Clothing": 2}

    ClothingFactory(title="Cushion", price=12, categories=[shop["home"]])

    response = client.get("/shop/catalogue/")
    assert facet_counts(response, "category") == {"Clothing": 2, "Home": 1}
    assert num_matching(response) == 3


def test_a_product_moved_to_another_category_is_counted_there(client, shop):
    assert _counts(client, "category") == {"Clothing": 2}

    shop["shirt"].categories.set([shop["home"]])

    assert _counts(client, "category") == {"Clothing": 1, "Home": 1}


def test_a_new_price_moves_the_product_to_its_band(client, shop):
    assert _counts(client, "price") == {"Under £25": 1, "£25 to £50": 1}

    record = shop["shirt"].stockrecords.get()
    record.price = 30
    record.save()

    assert _counts(client, "price") == {"£25 to £50": 2}


def test_a_sale_of_the_last_unit_leaves_the_in_stock_count(client, shop):
    assert _counts(client, "availability") == {"In stock only": 2}

    stock_allocate(stockrecord=shop["shirt"].stockrecords.get(), quantity=1)

    assert _counts(client, "availability") == {"In stock only": 1}
    assert _counts(client, "colour", "/shop/catalogue/?in_stock=1") == {"Red": 1}


def test_a_new_seller_offer_and_a_suspension_show_in_the_seller_counts(client, shop):
    loomers = shop["loomers"]
    assert "Loomers" not in _counts(client, "seller")

    shop["shirt"].stockrecords.create(partner=loomers.partner, price=18, num_in_stock=3)
    assert _counts(client, "seller")["Loomers"] == 1

    loomers.status = "suspended"
    loomers.save(update_fields=["status"])
    assert "Loomers" not in _counts(client, "seller")


def test_a_changed_colour_shows_in_the_colour_counts(client, shop):
    assert _counts(client, "colour") == {"Blue": 1, "Red": 1}

    # As the dashboard saves it: Oscar writes attribute values in bulk, after the product.
    shirt = shop["shirt"]
    shirt.attr.colour = AttributeOption.objects.get(option="Red")
    shirt.save()

    assert _counts(client, "colour") == {"Red": 2}


def test_a_hidden_product_leaves_the_counts(client, shop):
    assert _counts(client, "category") == {"Clothing": 2}

    shop["shirt"].is_public = False
    shop["shirt"].save()

    assert _counts(client, "category") == {"Clothing": 1}
