"""Who may change what in the catalogue, for the dashboard and the API alike.

A seller creates products of their own (a SellerProduct row records it) and edits only those;
on a product the shop owns or that another seller created, a seller changes only their own
offer (their stock record: SKU, price, stock). Deleting a product is for its creator, and only
while nobody else offers it. Every refusal is a `CatalogueChangeRefused` (a PermissionDenied
with a code and a sentence); bad input is a ValidationError per field. Description HTML is
sanitised on save (commerce.core.html)."""

from decimal import Decimal
from enum import StrEnum

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db import transaction
from oscar.core.loading import get_model

from commerce.core.html import html_sanitise
from commerce.sellers.models import Seller, SellerProduct
from commerce.sellers.selectors.access import (
    product_has_other_offers,
    seller_offer_on,
    seller_owns_product,
)

AttributeOption = get_model("catalogue", "AttributeOption")
Product = get_model("catalogue", "Product")
ProductAttribute = get_model("catalogue", "ProductAttribute")
ProductCategory = get_model("catalogue", "ProductCategory")
StockRecord = get_model("partner", "StockRecord")


class CatalogueRefusal(StrEnum):
    """Why a seller's catalogue change was refused (a code clients can switch on)."""

    NOT_APPROVED = "not_approved_seller"
    NOT_PRODUCT_OWNER = "not_product_owner"
    PRODUCT_HAS_OTHER_OFFERS = "product_has_other_offers"
    NOT_OFFER_OWNER = "not_offer_owner"


class CatalogueChangeRefused(PermissionDenied):
    """A seller may not make this change; `message` says why and what they may do instead."""

    def __init__(self, code: CatalogueRefusal, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


def seller_require_approved(*, seller: Seller) -> None:
    """Refuse catalogue changes from a seller who is not approved (applied, suspended...)."""
    if not seller.is_approved:
        raise CatalogueChangeRefused(
            CatalogueRefusal.NOT_APPROVED,
            "Only approved sellers can change the catalogue; your seller account is "
            f"{seller.get_status_display().lower()}.",
        )


def seller_require_product_owner(*, seller: Seller, product) -> None:
    """Refuse changes to `product`'s own fields unless `seller` created it."""
    seller_require_approved(seller=seller)
    if not seller_owns_product(seller=seller, product=product):
        raise CatalogueChangeRefused(
            CatalogueRefusal.NOT_PRODUCT_OWNER,
            f"“{product.get_title()}” belongs to the shop or another seller: you can change "
            "only your own offer on it (SKU, price and stock).",
        )


def seller_product_record_owner(*, seller: Seller, product) -> SellerProduct:
    """Record that `seller` created `product` (the dashboard calls it after Oscar's form)."""
    seller_require_approved(seller=seller)
    return SellerProduct.objects.get_or_create(product=product, defaults={"seller": seller})[0]


@transaction.atomic
def seller_product_create(
    *,
    seller: Seller,
    product_class,
    title: str,
    categories=(),
    description: str = "",
    upc: str = "",
    is_public: bool = True,
    attributes: dict | None = None,
    partner_sku: str,
    price: Decimal,
    num_in_stock: int = 0,
    low_stock_threshold: int | None = None,
) -> Product:
    """A standalone product of `seller`'s own, with their offer on it."""
    seller_require_approved(seller=seller)
    product = Product(
        structure=Product.STANDALONE,
        product_class=product_class,
        title=title,
        description=html_sanitise(description),
        upc=upc or None,
        is_public=is_public,
    )
    if not categories:
        raise ValidationError({"categories": "Choose at least one category for your product."})
    _product_save(product=product, attributes=attributes)
    for category in categories:
        ProductCategory.objects.create(product=product, category=category)
    SellerProduct.objects.create(product=product, seller=seller)
    _offer_save(
        offer=StockRecord(product=product, partner=seller.partner),
        partner_sku=partner_sku,
        price=price,
        num_in_stock=num_in_stock,
        low_stock_threshold=low_stock_threshold,
    )
    return product


@transaction.atomic
def seller_product_update(
    *,
    seller: Seller,
    product,
    title: str | None = None,
    description: str | None = None,
    upc: str | None = None,
    is_public: bool | None = None,
    categories=None,
    attributes: dict | None = None,
) -> Product:
    """Change the fields of a product `seller` created; arguments left None stay as they are."""
    seller_require_product_owner(seller=seller, product=product)
    product = Product.objects.select_for_update().get(pk=product.pk)
    if title is not None:
        product.title = title
    if description is not None:
        product.description = html_sanitise(description)
    if upc is not None:
        product.upc = upc or None
    if is_public is not None:
        product.is_public = is_public
    if categories is not None:
        if not categories and not product.is_child:
            raise ValidationError({"categories": "A product needs at least one category."})
        ProductCategory.objects.filter(product=product).exclude(category__in=categories).delete()
        for category in categories:
            ProductCategory.objects.get_or_create(product=product, category=category)
    _product_save(product=product, attributes=attributes)
    return product


def seller_require_may_delete(*, seller: Seller, product) -> None:
    """Refuse deleting `product` unless `seller` created it and nobody else offers it."""
    seller_require_product_owner(seller=seller, product=product)
    if product_has_other_offers(seller=seller, product=product):
        raise CatalogueChangeRefused(
            CatalogueRefusal.PRODUCT_HAS_OTHER_OFFERS,
            f"Other sellers offer “{product.get_title()}” too, so it stays in the catalogue: "
            "remove your own offer instead.",
        )


@transaction.atomic
def seller_product_delete(*, seller: Seller, product) -> None:
    """Delete a product `seller` created, unless someone else offers it too."""
    # Lock the product so no offer is added to it between the check and the delete.
    product = Product.objects.select_for_update().get(pk=product.pk)
    seller_require_may_delete(seller=seller, product=product)
    product.delete()


@transaction.atomic
def seller_offer_create(
    *,
    seller: Seller,
    product,
    partner_sku: str,
    price: Decimal,
    num_in_stock: int = 0,
    low_stock_threshold: int | None = None,
) -> StockRecord:
    """`seller`'s offer (a stock record of theirs) on a catalogue product."""
    seller_require_approved(seller=seller)
    # Locked in the same order as seller_product_delete, so a delete cannot slip past.
    product = Product.objects.select_for_update().get(pk=product.pk)
    if product.is_parent:
        raise ValidationError(
            {"product": "This product comes in variants: make your offer on one of its variants."}
        )
    public = product.parent.is_public if product.is_child else product.is_public
    if not public and not seller_owns_product(seller=seller, product=product):
        raise ValidationError({"product": "There is no product with this id in the catalogue."})
    if seller_offer_on(seller=seller, product=product) is not None:
        raise ValidationError(
            {"product": "You already offer this product: change your existing offer instead."}
        )
    return _offer_save(
        offer=StockRecord(product=product, partner=seller.partner),
        partner_sku=partner_sku,
        price=price,
        num_in_stock=num_in_stock,
        low_stock_threshold=low_stock_threshold,
    )


def _require_offer_owner(*, seller: Seller, offer) -> None:
    seller_require_approved(seller=seller)
    if offer.partner_id != seller.partner_id:
        raise CatalogueChangeRefused(
            CatalogueRefusal.NOT_OFFER_OWNER, "This offer belongs to another seller."
        )


@transaction.atomic
def seller_offer_update(
    *,
    seller: Seller,
    offer,
    partner_sku: str | None = None,
    price: Decimal | None = None,
    num_in_stock: int | None = None,
    low_stock_threshold: int | None = None,
) -> StockRecord:
    """Change SKU, price or stock of `seller`'s own offer; arguments left None stay."""
    _require_offer_owner(seller=seller, offer=offer)
    offer = StockRecord.objects.select_for_update().get(pk=offer.pk)
    return _offer_save(
        offer=offer,
        partner_sku=offer.partner_sku if partner_sku is None else partner_sku,
        price=offer.price if price is None else price,
        num_in_stock=offer.num_in_stock if num_in_stock is None else num_in_stock,
        low_stock_threshold=(
            offer.low_stock_threshold if low_stock_threshold is None else low_stock_threshold
        ),
    )


@transaction.atomic
def seller_offer_delete(*, seller: Seller, offer) -> None:
    """Withdraw `seller`'s own offer; the product stays in the catalogue."""
    _require_offer_owner(seller=seller, offer=offer)
    offer.delete()


def _offer_save(*, offer, partner_sku, price, num_in_stock, low_stock_threshold) -> StockRecord:
    errors = {}
    partner_sku = (partner_sku or "").strip()
    if not partner_sku:
        errors["partner_sku"] = "Give your offer a SKU (your own stock-keeping code)."
    elif (
        StockRecord.objects.filter(partner_id=offer.partner_id, partner_sku=partner_sku)
        .exclude(pk=offer.pk)
        .exists()
    ):
        errors["partner_sku"] = f"You already use the SKU “{partner_sku}”: choose another."
    if price is None or Decimal(price) <= 0:
        errors["price"] = "The price must be more than zero."
    if num_in_stock is None or num_in_stock < 0:
        errors["num_in_stock"] = "The stock cannot be negative."
    if low_stock_threshold is not None and low_stock_threshold < 0:
        errors["low_stock_threshold"] = "The low-stock threshold cannot be negative."
    if errors:
        raise ValidationError(errors)
    offer.partner_sku = partner_sku
    offer.price = Decimal(price)
    offer.price_currency = offer.price_currency or settings.OSCAR_DEFAULT_CURRENCY
    offer.num_in_stock = num_in_stock
    offer.low_stock_threshold = low_stock_threshold
    offer.save()
    return offer


def _product_save(*, product, attributes: dict | None) -> None:
    """Validate (Oscar's product rules, attributes included) and save `product`."""
    by_code = {a.code: a for a in product.get_product_class().attributes.all()}
    for code, value in (attributes or {}).items():
        attribute = by_code.get(code)
        if attribute is None:
            raise ValidationError(
                {"attributes": f"“{code}” is not an attribute of {product.get_product_class()}."}
            )
        setattr(product.attr, code, _attribute_value(attribute=attribute, value=value))
    if product.upc and Product.objects.filter(upc=product.upc).exclude(pk=product.pk).exists():
        raise ValidationError({"upc": f"Another product already has the UPC “{product.upc}”."})
    try:
        product.clean()
    except ValidationError as error:
        raise ValidationError({"attributes" if attributes else "title": error.messages}) from None
    product.save()


def _attribute_value(*, attribute, value):
    """An option attribute takes its option's text; other types their plain value."""
    if attribute.type == ProductAttribute.OPTION and isinstance(value, str):
        try:
            return attribute.option_group.options.get(option=value)
        except ObjectDoesNotExist:
            raise ValidationError(
                {"attributes": f"“{value}” is not one of the choices for {attribute.name}."}
            ) from None
    return value
