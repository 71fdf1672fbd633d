from decimal import Decimal

import pytest
from django.urls import reverse
from oscar.core.loading import get_class, get_model

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")
AttributeOptionGroup = get_model("catalogue", "AttributeOptionGroup")
Partner = get_model("partner", "Partner")
StockRecord = get_model("partner", "StockRecord")
Selector = get_class("partner.strategy", "Selector")

pytestmark = pytest.mark.usefixtures("demo_shop")


def _browsable():
    return Product.objects.browsable().filter(is_public=True)


def test_at_least_24_hand_written_products_are_browsable_each_with_a_price():
    strategy = Selector().strategy()
    products = list(_browsable())
    assert len(products) >= 24
    for product in products:
        info = (
            strategy.fetch_for_parent(product)
            if product.is_parent
            else strategy.fetch_for_product(product)
        )
        assert info.price.exists, f"{product.title} has no price"
        assert info.price.excl_tax > Decimal("0")


def test_catalogue_page_lists_at_least_12_products(client):
    response = client.get(reverse("catalogue:index"))
    assert response.status_code == 200
    assert response.context["paginator"].count >= 24
    assert len(response.context["page_obj"].object_list) >= 12


def test_search_for_shirt_lists_t_shirts_and_shirts(client):
    response = client.get(reverse("search:search"), {"q": "shirt"})
    assert response.status_code == 200
    titles = {product.title for product in response.context["page_obj"].object_list}
    assert {"Organic Cotton Crew T-shirt", "Oxford Button-down Shirt"} <= titles
    assert len(titles) >= 6


def test_shirts_come_as_parents_with_colour_and_size_children():
    shirt = Product.objects.get(title="Organic Cotton Crew T-shirt")
    assert shirt.is_parent
    children = list(shirt.children.all())
    assert len(children) == 4 * 3
    colours = {child.attr.colour.option for child in children}
    sizes = {child.attr.size.option for child in children}
    assert colours == {"Red", "Blue", "Black", "White"}
    assert sizes == {"S", "M", "L"}
    assert all(child.stockrecords.exists() for child in children)
    assert "Organic Cotton Crew T-shirt (Red, M)" in {child.title for child in children}


def test_shirt_page_lists_its_variants_by_colour_and_size(client):
    shirt = Product.objects.get(title="Brushed Flannel Check Shirt")
    html = client.get(shirt.get_absolute_url()).content.decode()
    assert "Brushed Flannel Check Shirt (Green, XL)" in html
    assert "Brushed Flannel Check Shirt (Red, M)" in html


def test_colours_are_attribute_options_that_can_become_filter_facets():
    colour = AttributeOptionGroup.objects.get(name="Colour")
    options = set(colour.options.values_list("option", flat=True))
    assert {"Red", "Blue", "Black", "White"} <= options


def test_category_tree_is_two_levels_deep_and_every_product_is_filed():
    clothing = Category.objects.get(name="Clothing")
    assert clothing.depth == 1
    assert {child.name for child in clothing.get_children()} >= {"T-shirts", "Shirts"}
    assert Category.objects.filter(depth=2).count() >= 8
    assert not Category.objects.filter(depth__gt=2).exists()
    assert not _browsable().filter(categories=None).exists()


def test_category_page_lists_products_of_its_sub_categories(client):
    clothing = Category.objects.get(name="Clothing")
    response = client.get(clothing.get_absolute_url())
    assert response.status_code == 200
    titles = {product.title for product in response.context["page_obj"].object_list}
    assert "Oxford Button-down Shirt" in titles


def test_three_sellers_hold_stock_and_some_products_are_sold_by_two():
    assert set(Partner.objects.values_list("name", flat=True)) >= {"Seller One", "Seller Two"}
    assert Partner.objects.count() == 3
    for partner in Partner.objects.all():
        assert partner.stockrecords.count() >= 5, partner.name
    two_sellers = [p for p in _browsable() if p.stockrecords.count() == 2]
    assert len(two_sellers) >= 3


def test_some_products_are_low_on_stock_and_one_is_sold_out(client):
    low = StockRecord.objects.filter(num_in_stock__gt=0, num_in_stock__lt=5)
    assert low.exists()
    sold_out = Product.objects.get(title="Wool Felt Cushion Cover")
    response = client.get(sold_out.get_absolute_url())
    assert response.status_code == 200
    strategy = Selector().strategy()
    assert not strategy.fetch_for_product(sold_out).availability.is_available_to_buy


def test_every_browsable_product_has_a_drawn_image_on_disk():
    for product in _browsable():
        image = product.primary_image()
        assert image.original.name.endswith(".jpg"), product.title
        with image.original.open("rb") as picture:
            assert picture.read(3) == b"\xff\xd8\xff"  # a JPEG


def test_product_page_shows_title_price_and_image(client):
    product = Product.objects.get(title="Cast-iron Skillet, 26 cm")
    response = client.get(product.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert "Cast-iron Skillet, 26 cm" in html
    assert "£45.00" in html
    assert "images/products/demo/" in html or "cache/" in html
