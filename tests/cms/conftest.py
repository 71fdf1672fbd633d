"""Fixtures for CMS tests: shop products with live stock, pages built on the site's home page."""

from decimal import Decimal

import pytest
from oscar.test.factories import create_product


@pytest.fixture
def product_factory(db):
    """Make a public product with one stock record: `make("Tea", "4.50", stock=10)`."""

    def make(title: str, price: str, *, stock: int = 10, is_public: bool = True):
        product = create_product(
            title=title, price=Decimal(price), num_in_stock=stock, is_public=is_public
        )
        return product

    return make


def product_grid_form_data(products, heading: str = "Our picks") -> dict:
    """The nested form data the admin's product grid block posts."""
    return {
        "heading": heading,
        "products": {
            "count": str(len(products)),
            **{
                str(index): {"value": str(product.pk), "deleted": "", "order": str(index), "id": ""}
                for index, product in enumerate(products)
            },
        },
    }


def grid_value(products, heading: str = "Our picks") -> list:
    """Raw StreamField data with one product grid, for pages built without the admin."""
    return [
        {
            "type": "product_grid",
            "value": {"heading": heading, "products": [product.pk for product in products]},
        }
    ]
