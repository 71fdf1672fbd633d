"""Two sellers and the products between them: seller1's own, seller1's own that seller2 offers
too, seller2's own that seller1 offers too, the shop's that seller1 offers, and products
seller1 neither owns nor offers (seller2's, the shop's)."""

from types import SimpleNamespace

import pytest

from commerce.sellers.models import SellerProduct
from tests.factories import (
    CategoryFactory,
    PartnerFactory,
    ProductClassFactory,
    ProductFactory,
)

from .helpers import offer


@pytest.fixture
def category(db):
    return CategoryFactory(name="Kitchen")


@pytest.fixture
def product_class(db):
    return ProductClassFactory()


@pytest.fixture
def catalogue(seller1, seller2, category, product_class):
    """Products named by what seller1 may do with them."""
    shop = PartnerFactory(name="Larder & Loom")

    def product(title, owner=None):
        made = ProductFactory(
            title=title,
            price=None,
            product_class=product_class,
            categories=[category],
            description="<p>Plain.</p>",
        )
        if owner is not None:
            SellerProduct.objects.create(product=made, seller=owner)
        return made

    mine = product("Seller one's teapot", owner=seller1)
    mine_shared = product("Seller one's jug", owner=seller1)
    shared = product("Seller two's bowl", owner=seller2)
    shop_offered = product("Shop's kettle")
    theirs = product("Seller two's plate", owner=seller2)
    shop_only = product("Shop's apron")
    records = SimpleNamespace(
        mine=offer(mine, seller1.partner, sku="S1-TEAPOT"),
        mine_shared=offer(mine_shared, seller1.partner, sku="S1-JUG"),
        mine_shared_2=offer(mine_shared, seller2.partner, sku="S2-JUG", price="18.00"),
        shared=offer(shared, seller1.partner, sku="S1-BOWL", price="31.00"),
        shared_2=offer(shared, seller2.partner, sku="S2-BOWL", price="29.00"),
        shop_offered=offer(shop_offered, seller1.partner, sku="S1-KETTLE"),
        shop_offered_shop=offer(shop_offered, shop, sku="SHOP-KETTLE"),
        theirs_2=offer(theirs, seller2.partner, sku="S2-PLATE"),
        shop_only_shop=offer(shop_only, shop, sku="SHOP-APRON"),
    )
    return SimpleNamespace(
        mine=mine,
        mine_shared=mine_shared,
        shared=shared,
        shop_offered=shop_offered,
        theirs=theirs,
        shop_only=shop_only,
        records=records,
        shop=shop,
    )


@pytest.fixture
def visible(catalogue):
    """What seller1 reaches: the products they own or offer."""
    return [catalogue.mine, catalogue.mine_shared, catalogue.shared, catalogue.shop_offered]


@pytest.fixture
def hidden(catalogue):
    """What seller1 must not reach at all: products they neither own nor offer."""
    return [catalogue.theirs, catalogue.shop_only]
