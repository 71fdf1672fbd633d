"""Writes behind referral links: a click, the attribution cookie, a basket's attribution at
checkout and the order's Referral once it is placed.

Attribution rules (AffiliateWP's, see the issue):
  * a click sets the cookie; with AFFILIATE_ATTRIBUTION = "last" a new click replaces an
    existing cookie (the last referrer earns), with "first" a valid cookie is kept;
  * at checkout the cookie (authentic, within AFFILIATE_COOKIE_DAYS of its click, affiliate
    still approved) becomes the basket's BasketAttribution;
  * a signed-in shopper may give a code through the API instead (basket_referral_code_set):
    it attributes their open basket with source "api"; a cookie found when the order is placed
    replaces it, as any later click would (the last referrer earns);
  * when the order is placed, a voucher tied to an affiliate (AffiliateVoucher) wins over the
    basket's attribution: the shopper typed that affiliate's code at the very end of the path,
    the most deliberate referral there is. Among several, the first voucher applied wins;
  * an affiliate never earns on their own order (same account, or the same email as the
    order's, any case): such a candidate is skipped and the next one, if any, is taken.
"""

import secrets
from enum import StrEnum

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from oscar.core.loading import get_model

from commerce.affiliates.models import (
    AffiliateStatus,
    BasketAttribution,
    Click,
    Referral,
    ReferralSource,
)
from commerce.affiliates.selectors.tracking import (
    COOKIE_SALT,
    Attribution,
    affiliate_by_code,
    affiliate_is_shopper,
    affiliate_is_user,
    approved_affiliate_by_code,
    attribution_of_request,
    click_of,
    cookie_window,
    request_is_bot,
    voucher_affiliates_of_order,
)

Basket = get_model("basket", "Basket")


class ReferralCodeRefusal(StrEnum):
    """Why a referral code given through the API was refused (the ValidationError's code)."""

    UNKNOWN = "unknown_code"
    INACTIVE = "inactive_code"
    OWN = "own_code"


def referral_link_follow(*, request, code: str) -> Attribution | None:
    """Count a visit through affiliate `code`'s link (at most one INSERT, none for bots or
    unknown codes); returns the attribution the cookie must now hold, or None to leave it."""
    if request_is_bot(request=request):
        return None
    affiliate = approved_affiliate_by_code(code=code)
    if affiliate is None:
        return None
    current = attribution_of_request(request=request)
    now = timezone.now()
    visitor = current.visitor if current else secrets.token_urlsafe(16)
    attribution = Attribution(code=affiliate.code, visitor=visitor, clicked_at=now)
    click_record(
        affiliate=affiliate,
        attribution=attribution,
        landing_path=request.path,
        referrer=request.headers.get("Referer", ""),
    )
    if current and settings.AFFILIATE_ATTRIBUTION == "first" and _still_earns(current, affiliate):
        return None
    return attribution


def _still_earns(attribution: Attribution, clicked) -> bool:
    """Whether the cookie's affiliate may still earn (a suspended first referrer gives way)."""
    if attribution.code == clicked.code:
        return True
    return approved_affiliate_by_code(code=attribution.code) is not None


def click_record(*, affiliate, attribution: Attribution, landing_path: str, referrer: str) -> None:
    """Record the click once per affiliate, visitor and day: one INSERT ... ON CONFLICT DO
    NOTHING on the Click unique constraint, so twenty visits in a day race into one row."""
    Click.objects.bulk_create(
        [
            Click(
                affiliate=affiliate,
                visitor=attribution.visitor,
                day=attribution.day,
                landing_path=landing_path[:500],
                referrer=referrer[:500],
                created_at=attribution.clicked_at,
            )
        ],
        ignore_conflicts=True,
    )


def attribution_cookie_set(*, response, attribution: Attribution, secure: bool) -> None:
    """Put `attribution` in the signed, first-party, HttpOnly, SameSite=Lax cookie."""
    response.set_signed_cookie(
        settings.AFFILIATE_COOKIE_NAME,
        attribution.cookie_value(),
        salt=COOKIE_SALT,
        max_age=int(cookie_window().total_seconds()),
        httponly=True,
        samesite="Lax",
        secure=secure,
    )


def basket_attribute(*, basket, request) -> BasketAttribution | None:
    """Attribute `basket` to the affiliate of the request's attribution cookie (authentic,
    within the window, affiliate still approved); without one, leave the basket as it is."""
    attribution = attribution_of_request(request=request)
    if attribution is None:
        return None
    affiliate = approved_affiliate_by_code(code=attribution.code)
    if affiliate is None:
        return None
    basket_attribution, _ = BasketAttribution.objects.update_or_create(
        basket=basket,
        defaults={
            "affiliate": affiliate,
            "source": ReferralSource.LINK,
            "click": click_of(affiliate=affiliate, attribution=attribution),
            "created_at": timezone.now(),
        },
    )
    return basket_attribution


def shopper_open_basket(*, user):
    """`user`'s open basket, the one the site's checkout will place (Oscar's basket middleware
    takes the same, oldest first, and merges the others into it); created if they have none."""
    basket = Basket.open.filter(owner=user).order_by("pk").first()
    return basket if basket is not None else Basket.open.create(owner=user)


def basket_referral_code_set(*, basket, code: str, user) -> BasketAttribution:
    """Attribute `user`'s `basket` to the approved affiliate whose code is `code`, with source
    api (the same rules as a link: an approved affiliate, never the shopper themselves)."""
    affiliate = affiliate_by_code(code=code)
    if affiliate is None:
        raise _code_refused(
            f"No affiliate has the referral code “{code.strip()}”: check the code you were given.",
            ReferralCodeRefusal.UNKNOWN,
        )
    if affiliate.status != AffiliateStatus.APPROVED:
        raise _code_refused(
            f"The referral code “{affiliate.code}” is not active: the affiliate cannot earn "
            "on orders now. Place your order without it.",
            ReferralCodeRefusal.INACTIVE,
        )
    if affiliate_is_user(affiliate=affiliate, user=user):
        raise _code_refused(
            "That is your own referral code: affiliates do not earn on their own orders.",
            ReferralCodeRefusal.OWN,
        )
    basket_attribution, _ = BasketAttribution.objects.update_or_create(
        basket=basket,
        defaults={
            "affiliate": affiliate,
            "source": ReferralSource.API,
            "click": None,
            "created_at": timezone.now(),
        },
    )
    return basket_attribution


def basket_referral_code_clear(*, user) -> None:
    """Take back the attribution of `user`'s open basket: its order will be nobody's referral
    (unless a referral link's cookie or an affiliate's voucher is there when it is placed)."""
    BasketAttribution.objects.filter(basket__in=Basket.open.filter(owner=user)).delete()


def _code_refused(message: str, code: ReferralCodeRefusal) -> ValidationError:
    return ValidationError({"code": ValidationError(message, code=code)})


def referral_record(*, order) -> Referral | None:
    """Decide once which affiliate referred `order` (a tied voucher, else the basket's
    attribution; never the shopper themselves) and record it as the order's Referral."""
    existing = Referral.objects.filter(order=order).first()
    if existing is not None:
        return existing
    for affiliate, source, click in _referral_candidates(order=order):
        if affiliate_is_shopper(affiliate=affiliate, order=order):
            continue
        return Referral.objects.create(order=order, affiliate=affiliate, source=source, click=click)
    return None


def _referral_candidates(*, order):
    """(affiliate, source, click) in the order of precedence: tied vouchers, then the basket."""
    for affiliate in voucher_affiliates_of_order(order=order):
        yield affiliate, ReferralSource.VOUCHER, None
    if order.basket_id is None:
        return
    attribution = (
        BasketAttribution.objects.filter(
            basket_id=order.basket_id, affiliate__status=AffiliateStatus.APPROVED
        )
        .select_related("affiliate__user")
        .first()
    )
    if attribution is not None:
        yield attribution.affiliate, attribution.source, attribution.click
