"""The variant picker's matrix: a parent's colours and sizes, each variant priced and stocked by
the one pricing rule, and the combinations sold out or not made."""

from decimal import Decimal as D

import pytest
from oscar.core.loading import get_class

from commerce.catalogue.prices import site_offers_load
from commerce.catalogue.variants import (
    Combination,
    product_variant_matrix,
    variant_chosen,
    variant_picker,
    variant_picker_data,
)
from commerce.core.media import PRODUCT_PAGE_PICTURE, product_picture_url
from tests.commerce.catalogue.shirts import camp_shirt
from tests.commerce.catalogue.site_offers import range_of, site_offer
from tests.commerce.partner.offers import offer
from tests.factories import ParentProductFactory, SellerFactory, VariantFactory

Selector = get_class("partner.strategy", "Selector")

pytestmark = pytest.mark.django_db


@pytest.fixture
def strategy():
    return Selector().strategy()


def _matrix(shirt, strategy):
    return product_variant_matrix(product=shirt, strategy=strategy, offers=site_offers_load())


def test_the_axes_are_colour_then_size_in_the_shops_order(strategy):
    matrix = _matrix(camp_shirt(colours=("Red", "Blue"), sizes=("S", "M", "L")), strategy)

    assert [(axis.code, axis.name, axis.is_colour) for axis in matrix.axes] == [
        ("colour", "Colour", True),
        ("size", "Size", False),
    ]
    # Options in the order the shop created them (tests.factories.CLOTHING_OPTIONS).
    assert [o.value for o in matrix.axes[0].options] == ["Blue", "Red"]
    assert [o.value for o in matrix.axes[1].options] == ["S", "M", "L"]


def test_each_combination_is_available_sold_out_or_not_made(strategy):
    shirt = camp_shirt(missing={("Blue", "L")}, sold_out={("Red", "M")})
    matrix = _matrix(shirt, strategy)

    assert matrix.combination({"colour": "Red", "size": "S"}) == Combination.AVAILABLE
    assert matrix.combination({"colour": "Red", "size": "M"}) == Combination.SOLD_OUT
    assert matrix.combination({"colour": "Blue", "size": "L"}) == Combination.NOT_MADE
    assert matrix.variant_for({"colour": "Red", "size": "S"}).pk == shirt.variants[("Red", "S")].pk
    assert len(matrix.variants) == 5


def test_a_variant_shows_its_own_price_status_and_picture(strategy):
    shirt = camp_shirt(prices={("Red", "L"): "44.50"}, sold_out={("Blue", "S")})
    matrix = _matrix(shirt, strategy)

    red_l = matrix.variant_for({"colour": "Red", "size": "L"})
    blue_s = matrix.variant_for({"colour": "Blue", "size": "S"})
    assert (red_l.price, red_l.currency, red_l.is_available) == (D("44.50"), "GBP", True)
    assert red_l.status.startswith("In stock")
    assert red_l.image_url == product_picture_url(
        image=shirt.variants[("Red", "L")].images.get(), thumbnail=PRODUCT_PAGE_PICTURE
    )
    assert (blue_s.price, blue_s.is_available, blue_s.status) == (D("40.00"), False, "Sold out")


def test_a_variant_under_an_automatic_offer_shows_the_price_cards_show(strategy):
    shirt = camp_shirt(prices={("Red", "L"): "40.00"})
    red_l = shirt.variants[("Red", "L")]
    site_offer(range_=range_of(products=[red_l]), name="Red week", value="10.00")

    matrix = _matrix(shirt, strategy)
    variant = matrix.variant_for({"colour": "Red", "size": "L"})
    data = next(v for v in variant_picker_data(matrix=matrix)["variants"] if v["id"] == red_l.pk)

    assert (variant.price, variant.shown.was, variant.shown.offer_name) == (
        D("36.00"),
        D("40.00"),
        "Red week",
    )
    assert data["price"] == "£36.00"
    assert "<s" in data["priceHtml"] and "£40.00" in data["priceHtml"]
    assert "Red week" in data["priceHtml"]


def test_a_variant_without_pictures_shows_its_parents(strategy):
    shirt = camp_shirt(colours=("Red",), sizes=("S",), pictures=False)
    from oscar.test.factories import ProductImageFactory

    ProductImageFactory(product=shirt, original__filename="shirt-parent.jpg")

    variant = _matrix(shirt, strategy).variants[0]

    parent_picture = shirt.images.get()
    assert variant.image_url == product_picture_url(
        image=parent_picture, thumbnail=PRODUCT_PAGE_PICTURE
    )
    assert "/media/cache/" in variant.image_url


def test_prices_come_from_the_one_pricing_rule(strategy):
    """The best offer on sale: a suspended seller's cheaper offer is not it, an approved
    seller's cheaper one is."""
    shirt = camp_shirt(colours=("Red",), sizes=("S", "M"))
    offer(shirt.variants[("Red", "S")], by=SellerFactory(status="suspended"), price=20)
    offer(shirt.variants[("Red", "M")], by=SellerFactory(name="Loomers"), price=35)

    matrix = _matrix(shirt, strategy)

    red_s = matrix.variant_for({"colour": "Red", "size": "S"})
    red_m = matrix.variant_for({"colour": "Red", "size": "M"})
    assert (red_s.price, red_s.sold_by) == (D("40.00"), None)
    assert (red_m.price, red_m.sold_by.name) == (D("35.00"), "Loomers")


def test_the_variant_shown_first_is_the_strategys_best(strategy):
    shirt = camp_shirt(
        prices={("Blue", "L"): "30.00", ("Red", "M"): "25.00"}, sold_out={("Red", "M")}
    )

    matrix = _matrix(shirt, strategy)

    assert matrix.default.pk == shirt.variants[("Blue", "L")].pk


def test_variants_without_options_are_chosen_by_name(strategy):
    jumper = ParentProductFactory(title="Jumper")
    VariantFactory(parent=jumper, title="Jumper, oatmeal", price="30.00")
    VariantFactory(parent=jumper, title="Jumper, charcoal", price="32.00")

    matrix = _matrix(jumper, strategy)

    assert [axis.code for axis in matrix.axes] == ["variant"]
    assert [o.label for o in matrix.axes[0].options] == ["Jumper, oatmeal", "Jumper, charcoal"]


def test_the_matrix_reads_a_fixed_number_of_queries(strategy, django_assert_max_num_queries):
    small = camp_shirt(colours=("Red",), sizes=("S", "M"))
    large = camp_shirt(colours=("Red", "Blue", "Green"), sizes=("S", "M", "L"))
    site_offers_load()  # the site's offers are cached once, as on a running shop

    with django_assert_max_num_queries(8) as small_queries:
        _matrix(small, strategy)
    with django_assert_max_num_queries(8) as large_queries:
        _matrix(large, strategy)

    assert len(large_queries) == len(small_queries)


def test_the_picker_marks_options_beside_the_other_choices(strategy):
    shirt = camp_shirt(missing={("Blue", "L")}, sold_out={("Red", "M")})

    picker = variant_picker(matrix=_matrix(shirt, strategy), query={"colour": "Blue", "size": "S"})

    colours, sizes = picker.axes
    assert [(o.value, o.checked) for o in colours.options] == [("Blue", True), ("Red", False)]
    assert [(o.value, o.combination) for o in sizes.options] == [
        ("S", Combination.AVAILABLE),
        ("M", Combination.AVAILABLE),
        ("L", Combination.NOT_MADE),
    ]
    assert picker.variant.pk == shirt.variants[("Blue", "S")].pk


def test_a_variants_id_preselects_it(strategy):
    shirt = camp_shirt()
    red_m = shirt.variants[("Red", "M")]

    picker = variant_picker(matrix=_matrix(shirt, strategy), query={"variant": str(red_m.pk)})

    assert picker.chosen == {"colour": "Red", "size": "M"} and picker.variant.pk == red_m.pk


def test_a_combination_not_made_still_shows_a_picture_in_its_colour(strategy):
    shirt = camp_shirt(missing={("Blue", "L")})

    picker = variant_picker(matrix=_matrix(shirt, strategy), query={"colour": "Blue", "size": "L"})

    assert picker.variant is None and picker.combination == Combination.NOT_MADE
    assert picker.shown.choices["colour"] == "Blue"


def test_choosing_names_the_variant_or_says_what_to_do(strategy):
    shirt = camp_shirt(missing={("Blue", "L")}, sold_out={("Red", "M")})
    matrix = _matrix(shirt, strategy)

    def problem(**chosen):
        return variant_chosen(matrix=matrix, chosen=chosen).problem

    assert variant_chosen(matrix=matrix, chosen={"colour": "Red", "size": "S"}).variant.pk == (
        shirt.variants[("Red", "S")].pk
    )
    assert problem(colour="Red") == "Please choose a size, then add it to your basket."
    assert problem(colour="Blue", size="L") == (
        "Camp shirt is not made in Blue, L. Please choose another colour or size."
    )
    assert problem(colour="Red", size="M") == (
        "Camp shirt in Red, M is sold out. Please choose another colour or size."
    )
