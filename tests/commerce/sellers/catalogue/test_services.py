"""The catalogue services both the dashboard and the API call: their refusals and rules."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from commerce.sellers.models import SellerStatus
from commerce.sellers.services import catalogue as services
from tests.factories import ClothingParentFactory

pytestmark = pytest.mark.django_db


def test_a_seller_who_is_not_approved_changes_nothing(seller1, catalogue):
    seller1.status = SellerStatus.SUSPENDED
    seller1.save()

    with pytest.raises(services.CatalogueChangeRefused) as refused:
        services.seller_offer_update(seller=seller1, offer=catalogue.records.mine, price=1)

    assert refused.value.code == services.CatalogueRefusal.NOT_APPROVED
    assert "suspended" in refused.value.message


def test_a_seller_never_changes_another_sellers_offer(seller1, catalogue):
    with pytest.raises(services.CatalogueChangeRefused) as refused:
        services.seller_offer_delete(seller=seller1, offer=catalogue.records.shared_2)

    assert refused.value.code == services.CatalogueRefusal.NOT_OFFER_OWNER


def test_a_variants_parent_cannot_be_offered(seller1):
    parent = ClothingParentFactory(variants=[{"colour": "Red", "size": "S", "price": 10}])

    with pytest.raises(ValidationError) as invalid:
        services.seller_offer_create(
            seller=seller1, product=parent, partner_sku="P", price=Decimal("5.00")
        )

    assert "variants" in str(invalid.value)
    variant = parent.children.get()
    offer = services.seller_offer_create(
        seller=seller1, product=variant, partner_sku="V", price=Decimal("5.00")
    )
    assert offer.partner == seller1.partner


@pytest.mark.parametrize("price", [Decimal("0"), Decimal("-1")])
def test_an_offer_costs_more_than_nothing(seller1, catalogue, price):
    with pytest.raises(ValidationError) as invalid:
        services.seller_offer_update(seller=seller1, offer=catalogue.records.mine, price=price)

    assert "price" in invalid.value.message_dict


def test_a_description_with_script_is_stored_inert(seller1, catalogue):
    services.seller_product_update(
        seller=seller1,
        product=catalogue.mine,
        description='<p onclick="x()">Hi <a href="javascript:alert(1)">there</a></p>'
        "<script>alert(1)</script><img src=x onerror=alert(1)>",
    )

    catalogue.mine.refresh_from_db()
    assert "script" not in catalogue.mine.description
    assert "onclick" not in catalogue.mine.description
    assert "javascript:" not in catalogue.mine.description
    assert "onerror" not in catalogue.mine.description
    assert catalogue.mine.description.startswith("<p>Hi <a")
