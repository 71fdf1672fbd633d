"""The demo marketplace: the two demo sellers' profiles (approved) and their own products, a
pending applicant, commission rules at two levels, and orders that mix both sellers, placed
the way checkout places them (Oscar's OrderCreator, which announces them to the lifecycle)
and moved on by the lifecycle's services (shipped, delivered, a cancelled line).

Like every stage, it creates what is missing and leaves existing rows alone."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.utils import timezone
from oscar.core.loading import get_class, get_model

from commerce.checkout.payment_methods import PaymentMethod
from commerce.checkout.services import offline_payment_prepare
from commerce.core.html import html_sanitise
from commerce.order import services as order_services
from commerce.sellers.models import (
    CommissionKind,
    CommissionRule,
    Seller,
    SellerProduct,
    SellerStatus,
)
from demo.data import PARTNERS, PRODUCTS

Applicator = get_class("offer.applicator", "Applicator")
Basket = get_model("basket", "Basket")
Category = get_model("catalogue", "Category")
Country = get_model("address", "Country")
Order = get_model("order", "Order")
OrderCreator = get_class("order.utils", "OrderCreator")
OrderTotalCalculator = get_class("checkout.calculators", "OrderTotalCalculator")
Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")
Marketplace = get_class("partner.strategy", "Marketplace")
ShippingAddress = get_model("order", "ShippingAddress")
ShippingRepository = get_class("shipping.repository", "Repository")
StockRecord = get_model("partner", "StockRecord")
SurchargeApplicator = get_class("checkout.applicator", "SurchargeApplicator")

APPLICANT_EMAIL = "applicant@example.com"
APPLICANT_NAME = "Fern & Fable"

SELLER_DESCRIPTIONS = {
    "seller-one": "<p>Knitwear, cotton basics and cookware, made in small batches in "
    "<b>Yorkshire</b>.</p><ul><li>Natural fibres</li><li>Repairs for life</li></ul>",
    "seller-two": "<p>Homeware, stoneware and books picked by a family shop in <b>Bristol</b>.</p>",
}

# Commission in percent: the shop default, and a lower rate on books (a category rule).
DEFAULT_COMMISSION = Decimal("10.00")
BOOKS_COMMISSION = Decimal("5.00")
BOOKS_CATEGORY_CODE = "demo-books"


@dataclass(frozen=True)
class DemoOrderLine:
    upc: str  # a standalone product, or a variant's UPC
    partner: str  # whose offer the shopper chose
    quantity: int = 1


@dataclass(frozen=True)
class DemoOrder:
    """An order and what happens to it: `ship` and `deliver` name the partners whose lines
    are shipped / delivered; `cancel` those whose lines are cancelled."""

    number: str
    shopper: str
    lines: tuple[DemoOrderLine, ...]
    days_ago: int
    ship: tuple[str, ...] = ()
    deliver: tuple[str, ...] = ()
    cancel: tuple[str, ...] = ()


DEMO_ORDERS: tuple[DemoOrder, ...] = (
    DemoOrder(  # both sellers shipped and delivered: complete
        "DEMO-1001",
        "shopper@example.com",
        (DemoOrderLine("LL-KN-001", "seller-one"), DemoOrderLine("LL-BK-001", "seller-two", 2)),
        days_ago=20,
        ship=("seller-one", "seller-two"),
        deliver=("seller-one", "seller-two"),
    ),
    DemoOrder(  # seller one has shipped, seller two has not yet
        "DEMO-1002",
        "shopper@example.com",
        (
            DemoOrderLine("LL-TS-001-RED-M", "seller-one", 2),
            DemoOrderLine("LL-KT-004", "seller-two"),
        ),
        days_ago=4,
        ship=("seller-one",),
    ),
    DemoOrder(  # seller two's line cancelled, seller one's shipped
        "DEMO-1003",
        "affiliate@example.com",
        (DemoOrderLine("LL-KT-001", "seller-one"), DemoOrderLine("LL-KN-001", "seller-two")),
        days_ago=2,
        ship=("seller-one",),
        cancel=("seller-two",),
    ),
    DemoOrder(  # just placed
        "DEMO-1004",
        "shopper@example.com",
        (DemoOrderLine("LL-BK-001", "seller-one"), DemoOrderLine("LL-BK-002", "seller-two")),
        days_ago=0,
    ),
)


def demo_sellers_build(*, partners: dict) -> dict[str, Seller]:
    """Approved seller profiles for the demo sellers' partners, their own products (those
    only they sell), and a pending applicant; the sellers by partner code."""
    User = get_user_model()
    sellers = {}
    for code, _name, email in PARTNERS:
        if not email:
            continue
        partner = partners[code]
        seller, _ = Seller.objects.get_or_create(
            partner=partner,
            defaults={
                "user": User.objects.get(email__iexact=email),
                "name": partner.name,
                "slug": partner.code,
                "description": html_sanitise(SELLER_DESCRIPTIONS[code]),
                "contact_email": email,
                "status": SellerStatus.APPROVED,
                "approved_at": timezone.now(),
            },
        )
        sellers[code] = seller
        for spec in PRODUCTS:
            if spec.sellers == (code,):
                SellerProduct.objects.get_or_create(
                    product=Product.objects.get(upc=spec.upc), defaults={"seller": seller}
                )
    applicant = User.objects.get(email__iexact=APPLICANT_EMAIL)
    if not Seller.objects.filter(user=applicant).exists():
        Seller.objects.create(
            user=applicant,
            partner=Partner.objects.create(name=APPLICANT_NAME),
            name=APPLICANT_NAME,
            slug="fern-fable",
            description=html_sanitise("<p>Illustrated notebooks and prints.</p>"),
            contact_email=APPLICANT_EMAIL,
            status=SellerStatus.APPLIED,
        )
    return sellers


def demo_commission_rules_build() -> None:
    """The shop keeps 10% of every sale by default, and 5% of books."""
    CommissionRule.objects.get_or_create(
        seller=None,
        product_class=None,
        category=None,
        product=None,
        defaults={"kind": CommissionKind.PERCENTAGE, "value": DEFAULT_COMMISSION},
    )
    CommissionRule.objects.get_or_create(
        seller=None,
        product_class=None,
        category=Category.objects.get(code=BOOKS_CATEGORY_CODE),
        product=None,
        defaults={"kind": CommissionKind.PERCENTAGE, "value": BOOKS_COMMISSION},
    )


class _ChosenOffer(Marketplace):
    """The shop's strategy, selling the offer the demo shopper picked."""

    def __init__(self, record):
        super().__init__()
        self.record = record

    def select_stockrecord(self, product):
        return self.record


def demo_order_place(
    *, spec: DemoOrder, user, basket_ready: Callable[[object], None] | None = None
) -> object:
    """Place `spec` for `user` the way checkout does: offers applied, shipping charged, stock
    allocated, paid by bank transfer; `basket_ready(basket)` runs once the lines are in, before
    offers apply (a voucher, an affiliate's attribution)."""
    basket = Basket.objects.create(owner=user)
    for line in spec.lines:
        record = StockRecord.objects.select_related("product", "partner__seller").get(
            product__upc=line.upc, partner__code=line.partner
        )
        basket.strategy = _ChosenOffer(record)
        basket.add_product(record.product, line.quantity)
    basket.strategy = Marketplace()
    if basket_ready is not None:
        basket_ready(basket)
    Applicator().apply(basket, user)
    address = ShippingAddress.objects.create(
        first_name=user.first_name,
        last_name=user.last_name,
        line1="1 Demo Street",
        line4="Leeds",
        postcode="LS1 1AA",
        country=Country.objects.get(iso_3166_1_a2="GB"),
    )
    method = ShippingRepository().get_default_shipping_method(basket=basket, shipping_addr=address)
    charge = method.calculate(basket)
    surcharges = SurchargeApplicator().get_applicable_surcharges(basket)
    total = OrderTotalCalculator().calculate(basket, charge, surcharges)
    order = OrderCreator().place_order(
        basket=basket,
        total=total,
        shipping_method=method,
        shipping_charge=charge,
        user=user,
        shipping_address=address,
        order_number=spec.number,
        surcharges=surcharges,
    )
    basket.submit()
    payment = offline_payment_prepare(
        method=PaymentMethod.BANK_TRANSFER, order_number=order.number, total=total
    )
    payment.source.order = order
    payment.source.save()
    Order.objects.filter(pk=order.pk).update(
        date_placed=timezone.now() - timedelta(days=spec.days_ago)
    )
    return order


def _lines_of(order, partner_code: str) -> list:
    return list(order.lines.filter(partner__code=partner_code))


def demo_orders_build() -> list:
    """The demo orders mixing both sellers, each moved to its state; the new ones."""
    User = get_user_model()
    placed = []
    for spec in DEMO_ORDERS:
        if Order.objects.filter(number=spec.number).exists():
            continue
        order = demo_order_place(spec=spec, user=User.objects.get(email__iexact=spec.shopper))
        for code in spec.cancel:
            order_services.order_lines_cancel(
                order=order, lines=_lines_of(order, code), reason="Out of stock at the seller."
            )
        for code in spec.ship:
            seller_user = Seller.objects.get(partner__code=code).user
            order_services.order_lines_ship(
                order=order,
                lines=_lines_of(order, code),
                carrier="Royal Mail",
                reference=f"RM{order.number[-4:]}{code[-3:].upper()}GB",
                user=seller_user,
            )
        for code in spec.deliver:
            order_services.order_lines_deliver(order=order, lines=_lines_of(order, code))
        placed.append(order)
    return placed
