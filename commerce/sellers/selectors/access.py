"""Who may see and change what in the marketplace: the one place that scopes a seller to
their own business. The dashboard and the API both ask here; neither filters on its own."""

from django.db.models import Exists, OuterRef, Q, QuerySet
from oscar.core.loading import get_model

from commerce.sellers.models import Seller, SellerProduct, SellerStatus

Line = get_model("order", "Line")
Order = get_model("order", "Order")
Product = get_model("catalogue", "Product")
StockAlert = get_model("partner", "StockAlert")
StockRecord = get_model("partner", "StockRecord")


def seller_of(*, user) -> Seller | None:
    """The seller profile of `user` in any status, or None."""
    if not getattr(user, "is_authenticated", False):
        return None
    return Seller.objects.select_related("partner").filter(user=user).first()


def approved_seller_of(*, user) -> Seller | None:
    """The seller profile of `user` if it is approved (may use the seller's screens and API).

    A suspended seller keeps read access to their screens through `seller_of`, to fulfil
    orders already placed; only approved sellers may change their catalogue."""
    seller = seller_of(user=user)
    return seller if seller is not None and seller.status == SellerStatus.APPROVED else None


def seller_lines(*, seller) -> QuerySet:
    """Order lines bought from `seller`'s offers."""
    return Line.objects.filter(partner_id=seller.partner_id)


def seller_orders(*, seller) -> QuerySet:
    """Orders holding at least one line bought from `seller` (each order once)."""
    return Order.objects.filter(Exists(seller_lines(seller=seller).filter(order=OuterRef("pk"))))


def seller_stockrecords(*, seller) -> QuerySet:
    """`seller`'s offers (their stock records) on any product."""
    return StockRecord.objects.filter(partner_id=seller.partner_id)


def seller_products(*, seller) -> QuerySet:
    """Products `seller` created or offers (standalone and parents; each once)."""
    records = seller_stockrecords(seller=seller)
    return Product.objects.filter(
        Q(seller_product__seller=seller)
        | Q(parent__isnull=True, pk__in=records.values("product_id"))
        | Q(pk__in=Product.objects.filter(stockrecords__in=records).values("parent_id"))
    ).filter(parent__isnull=True)


def seller_owns_product(*, seller, product) -> bool:
    """Whether `seller` created `product` (for a variant: its parent), so may edit it."""
    owner_of = product.parent if product.is_child else product
    return SellerProduct.objects.filter(product=owner_of, seller=seller).exists()


def product_has_other_offers(*, seller, product) -> bool:
    """Whether anyone but `seller` offers `product` or one of its variants."""
    return (
        StockRecord.objects.filter(Q(product=product) | Q(product__parent=product))
        .exclude(partner_id=seller.partner_id)
        .exists()
    )


def seller_may_delete_product(*, seller, product) -> bool:
    """A seller deletes only a product they created and nobody else offers."""
    return seller_owns_product(seller=seller, product=product) and not product_has_other_offers(
        seller=seller, product=product
    )


def seller_owned_products(*, seller) -> QuerySet:
    """Products `seller` created (so may edit): standalone and parents."""
    return Product.objects.filter(seller_product__seller=seller)


def seller_products_with_variants(*, seller) -> QuerySet:
    """`seller_products` and the variants of those products (the dashboard's product pages)."""
    products = seller_products(seller=seller)
    return Product.objects.filter(Q(pk__in=products.values("pk")) | Q(parent__in=products))


def seller_offer_on(*, seller, product) -> StockRecord | None:
    """`seller`'s own offer (stock record) on `product`, or None."""
    return seller_stockrecords(seller=seller).filter(product=product).first()


def seller_stock_alerts(*, seller) -> QuerySet:
    """Stock alerts raised on `seller`'s offers."""
    return StockAlert.objects.filter(stockrecord__partner_id=seller.partner_id)
