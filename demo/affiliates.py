"""The demo affiliate: affiliate@example.com, approved, with the readable code larder-friends,
a category rate (kitchen goods earn more) and a voucher of their own (LARDER10), so that
orders using it are theirs even without a click; then their activity: clicks over the last
eight weeks (the area's chart has a shape) and referred orders whose commissions are paid
(with a payout), approved, rejected and pending, all made by the real services.

Like every stage, it creates what is missing and leaves existing rows alone."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum

from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import RequestFactory
from django.utils import timezone
from oscar.core.loading import get_model

from commerce.affiliates.models import (
    Affiliate,
    AffiliateStatus,
    AffiliateVoucher,
    CategoryRate,
    Commission,
    Referral,
)
from commerce.affiliates.selectors.tracking import Attribution, attribution_cookie_signed
from commerce.affiliates.services.commissions import commissions_approve_due
from commerce.affiliates.services.payouts import payout_mark_paid, payouts_batch
from commerce.affiliates.services.tracking import basket_attribute, click_record
from commerce.order import services as order_services
from demo.marketplace import DemoOrder, DemoOrderLine, demo_order_place
from demo.offers import VOUCHER_OFFER_NAME

Category = get_model("catalogue", "Category")
ConditionalOffer = get_model("offer", "ConditionalOffer")
Order = get_model("order", "Order")
Voucher = get_model("voucher", "Voucher")

AFFILIATE_EMAIL = "affiliate@example.com"
AFFILIATE_CODE = "larder-friends"
AFFILIATE_VOUCHER_CODE = "LARDER10"
KITCHEN_CATEGORY_CODE = "demo-kitchen"
KITCHEN_RATE = Decimal("8.00")
STAFF_EMAIL = "admin@example.com"


def demo_affiliates_build() -> Affiliate:
    """The approved demo affiliate with their code, a category rate and their voucher."""
    user = get_user_model().objects.get(email__iexact=AFFILIATE_EMAIL)
    affiliate, _ = Affiliate.objects.get_or_create(
        user=user,
        defaults={
            "code": AFFILIATE_CODE,
            "website": "https://larder-friends.example",
            "promotion": "A weekly newsletter about cooking with what is in season.",
            "status": AffiliateStatus.APPROVED,
            "approved_at": timezone.now(),
        },
    )
    CategoryRate.objects.get_or_create(
        category=Category.objects.get(code=KITCHEN_CATEGORY_CODE),
        defaults={"rate": KITCHEN_RATE},
    )
    now = timezone.now()
    voucher, _ = Voucher.objects.get_or_create(
        code=AFFILIATE_VOUCHER_CODE,
        defaults={
            "name": "Larder Friends 10% off",
            "usage": Voucher.MULTI_USE,
            "start_datetime": now - timedelta(days=1),
            "end_datetime": now + timedelta(days=5 * 365),
        },
    )
    voucher.offers.add(ConditionalOffer.objects.get(name=VOUCHER_OFFER_NAME))
    AffiliateVoucher.objects.get_or_create(voucher=voucher, defaults={"affiliate": affiliate})
    return affiliate


# ---------------------------------------------------------------- clicks and commissions

SHOPPER_EMAIL = "shopper@example.com"
CLICK_WEEKS = 8
NEWSLETTER_WEEKDAY = 1  # Tuesday: clicks peak the day the newsletter goes out
LANDING_PATHS = ("/", "/shop/catalogue/", "/shop/catalogue/?q=skillet", "/shop/offers/")
NEWSLETTER_URL = "https://larder-friends.example/newsletter/"


class CommissionFate(StrEnum):
    """Where a demo referred order's commission ends up."""

    PAID = "paid"  # delivered, approved, batched into a payout that staff marked paid
    APPROVED = "approved"  # delivered, the return window over: waits for the next payout
    REJECTED = "rejected"  # the order was cancelled
    PENDING = "pending"  # shipped, not yet delivered


@dataclass(frozen=True)
class DemoReferredOrder:
    order: DemoOrder
    fate: CommissionFate
    voucher: bool = False  # referred by the affiliate's voucher rather than a link


# Sellers' offers that are not the one the catalogue shows, so the stock it shows stays as written.
DEMO_REFERRED_ORDERS: tuple[DemoReferredOrder, ...] = (
    DemoReferredOrder(
        DemoOrder("DEMO-2001", SHOPPER_EMAIL, (DemoOrderLine("LL-KT-001", "seller-one"),), 26),
        CommissionFate.PAID,
    ),
    DemoReferredOrder(
        DemoOrder(
            "DEMO-2002",
            SHOPPER_EMAIL,
            (DemoOrderLine("LL-KT-001", "seller-one"), DemoOrderLine("LL-KN-001", "seller-two")),
            19,
        ),
        CommissionFate.APPROVED,
    ),
    DemoReferredOrder(
        DemoOrder("DEMO-2003", SHOPPER_EMAIL, (DemoOrderLine("LL-KT-001", "seller-one", 2),), 11),
        CommissionFate.REJECTED,
        voucher=True,
    ),
    DemoReferredOrder(
        DemoOrder("DEMO-2004", SHOPPER_EMAIL, (DemoOrderLine("LL-KN-001", "seller-one"),), 3),
        CommissionFate.PENDING,
    ),
)


def demo_affiliate_activity_build() -> None:
    """The demo affiliate's clicks over the last weeks and referred orders whose commissions
    are paid (with a payout), approved, rejected and pending: all through the real services
    (clicks recorded, baskets attributed, orders placed and moved on, commissions approved,
    batched, paid). Runs once: existing clicks and orders are left alone."""
    affiliate = Affiliate.objects.get(code=AFFILIATE_CODE)
    if not affiliate.clicks.exists():
        _clicks_build(affiliate=affiliate)
    staff = get_user_model().objects.get(email__iexact=STAFF_EMAIL)
    for referred in DEMO_REFERRED_ORDERS:
        if Order.objects.filter(number=referred.order.number).exists():
            continue
        order = _referred_order_place(affiliate=affiliate, referred=referred)
        _fate_apply(order=order, fate=referred.fate, staff=staff)


def _day_clicks(day: date) -> int:
    """A shape for the chart: a peak on newsletter days, growing week by week, a little noise."""
    weeks_ago = (timezone.localdate() - day).days // 7
    peak = {NEWSLETTER_WEEKDAY: 6, NEWSLETTER_WEEKDAY + 1: 3}.get(day.weekday(), 0)
    return 1 + (CLICK_WEEKS - weeks_ago) // 2 + peak + day.toordinal() % 3


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour % 24), tzinfo=timezone.get_current_timezone())


def _clicks_build(*, affiliate) -> None:
    today = timezone.localdate()
    for days_ago in range(CLICK_WEEKS * 7):
        day = today - timedelta(days=days_ago)
        for n in range(_day_clicks(day)):
            click_record(
                affiliate=affiliate,
                attribution=Attribution(
                    code=affiliate.code,
                    visitor=f"demo-{day:%Y%m%d}-{n}",
                    clicked_at=min(_at(day, 7 + 3 * n), timezone.now()),
                ),
                landing_path=LANDING_PATHS[n % len(LANDING_PATHS)],
                referrer=NEWSLETTER_URL if n % 2 == 0 else "",
            )


def _referred_order_place(*, affiliate, referred: DemoReferredOrder):
    """Place the order as checkout would for a shopper who followed the affiliate's link
    (their attribution cookie turned into the basket's attribution) or used their voucher."""
    spec = referred.order
    placed_at = timezone.now() - timedelta(days=spec.days_ago)

    def attribute(basket) -> None:
        if referred.voucher:
            basket.vouchers.add(Voucher.objects.get(code=AFFILIATE_VOUCHER_CODE))
            return
        attribution = Attribution(
            code=affiliate.code, visitor=f"demo-buyer-{spec.number}", clicked_at=placed_at
        )
        click_record(
            affiliate=affiliate,
            attribution=attribution,
            landing_path=LANDING_PATHS[0],
            referrer=NEWSLETTER_URL,
        )
        request = RequestFactory().post("/shop/checkout/preview/")
        request.COOKIES[settings.AFFILIATE_COOKIE_NAME] = attribution_cookie_signed(
            attribution=attribution
        )
        basket_attribute(basket=basket, request=request)

    order = demo_order_place(
        spec=spec,
        user=get_user_model().objects.get(email__iexact=spec.shopper),
        basket_ready=attribute,
    )
    # The demo travels back in time for the order (demo_order_place); its referral and
    # commission were decided when it was placed, so they follow it.
    Referral.objects.filter(order=order).update(created_at=order.date_placed)
    Commission.objects.filter(referral__order=order).update(created_at=order.date_placed)
    return order


def _fate_apply(*, order, fate: CommissionFate, staff) -> None:
    if fate == CommissionFate.REJECTED:
        order_services.order_cancel(order=order, reason="The shopper changed their mind.")
        return
    order_services.order_lines_ship(
        order=order, carrier="Royal Mail", reference=f"RM{order.number[-4:]}AFGB", user=staff
    )
    if fate == CommissionFate.PENDING:
        return
    order_services.order_lines_deliver(order=order, user=staff)
    # As the nightly approve_affiliate_commissions will once the return window is over.
    window = timedelta(days=settings.AFFILIATE_RETURN_WINDOW_DAYS, minutes=1)
    commissions_approve_due(now=timezone.now() + window)
    if fate == CommissionFate.PAID:
        # The demo's commissions are small: batch them whatever the shop's minimum.
        for payout in payouts_batch(by=staff, minimum=Decimal("0.01")):
            payout_mark_paid(payout=payout, by=staff, reference=f"BACS {order.number}")
