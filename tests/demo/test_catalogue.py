"""A browsable demo catalogue: categories, priced and stocked products, variants, images,
three sellers, and the advertised offer and voucher."""

from decimal import Decimal

from django.urls import reverse
from django.utils.html import escape
from oscar.core.loading import get_class, get_model

from demo.catalogue import CATEGORY_CODE_PREFIX
from demo.data import CATEGORIES, LOW_STOCK_THRESHOLD, PARTNERS, PRODUCTS
from demo.offers import SITE_OFFER_CATEGORY_CODES, SITE_OFFER_NAME, VOUCHER_CODE

Category = get_model("catalogue", "Category")
ConditionalOffer = get_model("offer", "ConditionalOffer")
Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")
Voucher = get_model("voucher", "Voucher")
Selector = get_class("partner.strategy", "Selector")


def _simple(spec) -> bool:
    """In stock, without variants, sold by one seller: its price is the one a shopper pays."""
    return spec.stock > 0 and not spec.has_variants and len(spec.sellers) == 1


def _product(spec):
    return Product.objects.get(upc=spec.upc)


def _purchase_info(product):
    strategy = Selector().strategy()
    if product.is_parent:
        return strategy.fetch_for_parent(product)
    return strategy.fetch_for_product(product)


def test_every_hand_written_product_is_browsable_priced_and_stocked_as_written():
    assert Product.objects.browsable().count() == len(PRODUCTS)
    for spec in PRODUCTS:
        info = _purchase_info(_product(spec))
        assert info.price.exists and info.price.excl_tax > 0, spec.title
        if not spec.has_variants:
            assert info.stockrecord.num_in_stock == spec.stock, spec.title
            assert info.availability.is_available_to_buy == (spec.stock > 0), spec.title
    # The demo shows the low-stock and sold-out states somewhere.
    assert any(0 < spec.stock < LOW_STOCK_THRESHOLD for spec in PRODUCTS)
    assert any(spec.stock == 0 for spec in PRODUCTS)


def test_the_catalogue_page_lists_every_browsable_product(client):
    response = client.get(reverse("catalogue:index"))
    assert response.status_code == 200
    assert response.context["paginator"].count == len(PRODUCTS)
    assert response.context["page_obj"].object_list


def test_a_standalone_product_page_shows_title_price_and_image(client):
    spec = next(spec for spec in PRODUCTS if _simple(spec))
    response = client.get(_product(spec).get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert escape(spec.title) in html
    assert f"£{spec.price}" in html
    assert "images/products/demo/" in html or "cache/" in html


def test_products_with_colours_or_sizes_are_parents_with_one_stocked_child_per_pair(client):
    specs = [spec for spec in PRODUCTS if spec.has_variants]
    assert specs
    for spec in specs:
        parent = _product(spec)
        assert parent.is_parent
        children = list(parent.children.all())
        assert len(children) == len(spec.colours or (None,)) * len(spec.sizes or (None,))
        assert all(child.stockrecords.exists() for child in children), spec.title
        if spec.colours:
            assert {child.attr.colour.option for child in children} == set(spec.colours)
        if spec.sizes:
            assert {child.attr.size.option for child in children} == set(spec.sizes)
    # The product page's variant picker offers every child: its colour and size, and its page.
    html = client.get(_product(specs[0]).get_absolute_url()).content.decode()
    for option in specs[0].colours + specs[0].sizes:
        assert f'value="{option}"' in html
    for child in _product(specs[0]).children.all():
        assert child.get_absolute_url() in html


def test_categories_form_the_two_level_tree_of_the_data_and_file_every_product(client):
    for slug, (name, children) in CATEGORIES.items():
        top = Category.objects.get(code=CATEGORY_CODE_PREFIX + slug)
        assert (top.depth, top.name) == (1, name)
        assert {child.name for child in top.get_children()} == {name for _s, name in children}
    assert not Category.objects.filter(depth__gt=2).exists()
    assert not Product.objects.browsable().filter(categories=None).exists()

    slug, (_name, children) = next(iter(CATEGORIES.items()))
    response = client.get(Category.objects.get(code=CATEGORY_CODE_PREFIX + slug).get_absolute_url())
    assert response.status_code == 200
    listed = {product.upc for product in response.context["page_obj"].object_list}
    child_slugs = {child_slug for child_slug, _child_name in children}
    assert listed == {spec.upc for spec in PRODUCTS if spec.category in child_slugs}


def test_three_sellers_hold_stock_and_second_sellers_offer_the_same_product():
    codes = {code for code, *_ in PARTNERS}
    # Besides these, only the pending applicant has a partner (and no stock yet).
    assert (
        set(Partner.objects.exclude(seller__status="applied").values_list("code", flat=True))
        == codes
    )
    for partner in Partner.objects.filter(code__in=codes):
        assert partner.stockrecords.exists(), partner.code
    for spec in PRODUCTS:
        if len(spec.sellers) > 1 and not spec.has_variants:
            sellers = set(_product(spec).stockrecords.values_list("partner__code", flat=True))
            assert sellers == set(spec.sellers), spec.title


def test_every_browsable_product_has_a_drawn_image_on_disk():
    for product in Product.objects.browsable():
        image = product.primary_image()
        assert image.original.name.endswith(".jpg"), product.title
        with image.original.open("rb") as picture:
            assert picture.read(3) == b"\xff\xd8\xff"  # a JPEG


def _basket_with(client, spec):
    response = client.post(reverse("basket:add", kwargs={"pk": _product(spec).pk}), {"quantity": 1})
    assert response.status_code == 302


def _percentage(offer) -> Decimal:
    return offer.benefit.value / 100


def test_the_site_offer_takes_its_share_off_a_kitchen_product_in_the_basket(client):
    tops = {code.removeprefix(CATEGORY_CODE_PREFIX) for code in SITE_OFFER_CATEGORY_CODES}
    in_range = tops | {child for top in tops for child, _name in CATEGORIES[top][1]}
    spec = next(spec for spec in PRODUCTS if spec.category in in_range and _simple(spec))
    offer = ConditionalOffer.objects.get(name=SITE_OFFER_NAME)
    _basket_with(client, spec)
    response = client.get(reverse("basket:summary"))
    assert escape(offer.name) in response.content.decode()
    assert response.context["basket"].total_excl_tax == spec.price * (1 - _percentage(offer))


def test_the_welcome_voucher_takes_its_share_off_the_basket(client):
    spec = next(spec for spec in PRODUCTS if _simple(spec))
    offer = Voucher.objects.get(code=VOUCHER_CODE).offers.get()
    _basket_with(client, spec)
    response = client.post(
        reverse("basket:vouchers-add"), {"code": VOUCHER_CODE.lower()}, follow=True
    )
    assert response.status_code == 200
    basket = response.context["basket"]
    assert basket.total_excl_tax < spec.price
    # The voucher's share comes on top of any site offer the product is in.
    assert spec.price - basket.total_excl_tax >= spec.price * _percentage(offer)
