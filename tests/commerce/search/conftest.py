"""A small catalogue builder for listing and search specs: clothes with colour and size
options, two sellers, nested categories."""

from decimal import Decimal

import pytest
from django.core.cache import cache
from oscar.core.loading import get_model

Product = get_model("catalogue", "Product")
ProductClass = get_model("catalogue", "ProductClass")
ProductAttribute = get_model("catalogue", "ProductAttribute")
AttributeOptionGroup = get_model("catalogue", "AttributeOptionGroup")
AttributeOption = get_model("catalogue", "AttributeOption")
Category = get_model("catalogue", "Category")
Partner = get_model("partner", "Partner")
StockRecord = get_model("partner", "StockRecord")

_sku = iter(range(1, 10**9))


class CatalogueBuilder:
    """Creates products the way the dashboard would: a product class with option attributes,
    stock records per seller, categories in a tree."""

    def __init__(self):
        self.clothing = ProductClass.objects.create(name="Clothing", track_stock=True)
        self.options = {}
        for code, values in {"colour": ["Blue", "Red", "Green"], "size": ["S", "M", "L"]}.items():
            group = AttributeOptionGroup.objects.create(name=code.title())
            for value in values:
                self.options[(code, value)] = AttributeOption.objects.create(
                    group=group, option=value
                )
            ProductAttribute.objects.create(
                product_class=self.clothing,
                name=code.title(),
                code=code,
                type=ProductAttribute.OPTION,
                option_group=group,
            )
        self.sellers = {}

    def seller(self, name: str):
        if name not in self.sellers:
            self.sellers[name] = Partner.objects.create(name=name)
        return self.sellers[name]

    def category(self, name: str, parent=None):
        if parent is None:
            return Category.add_root(name=name)
        return Category.objects.get(pk=parent.pk).add_child(name=name)

    def _set_attributes(self, product, colour, size):
        if colour:
            product.attr.colour = self.options[("colour", colour)]
        if size:
            product.attr.size = self.options[("size", size)]

    def _stock(self, product, *, price, stock, seller):
        StockRecord.objects.create(
            product=product,
            partner=self.seller(seller),
            partner_sku=f"SKU-{next(_sku)}",
            price=Decimal(str(price)),
            num_in_stock=stock,
        )

    def product(
        self,
        title: str,
        *,
        price=10,
        stock=5,
        seller="Acme Mills",
        categories=(),
        colour=None,
        size=None,
        rating=None,
        description="",
        is_public=True,
        product_class=None,
    ):
        product = Product(
            title=title,
            description=description,
            product_class=product_class or self.clothing,
            structure=Product.STANDALONE,
            is_public=is_public,
            rating=rating,
        )
        self._set_attributes(product, colour, size)
        product.save()
        if price is not None:
            self._stock(product, price=price, stock=stock, seller=seller)
        for category in categories:
            product.categories.add(category)
        return product

    def parent(self, title: str, *, variants, categories=(), description="", rating=None):
        """A parent product; `variants` are dicts of colour, size, price, stock, seller."""
        parent = Product.objects.create(
            title=title,
            description=description,
            product_class=self.clothing,
            structure=Product.PARENT,
            rating=rating,
        )
        for category in categories:
            parent.categories.add(category)
        for variant in variants:
            child = Product(parent=parent, structure=Product.CHILD, title="")
            self._set_attributes(child, variant.get("colour"), variant.get("size"))
            child.is_public = variant.get("is_public", True)
            child.save()
            self._stock(
                child,
                price=variant.get("price", 10),
                stock=variant.get("stock", 5),
                seller=variant.get("seller", "Acme Mills"),
            )
        return parent


@pytest.fixture
def catalogue(db):
    cache.clear()
    return CatalogueBuilder()
