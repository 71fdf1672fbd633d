"""Reads behind referral links: which requests count, the attribution cookie, which order an
affiliate referred.

A referral link is any page of the site followed by `?<AFFILIATE_REF_PARAM>=CODE`. The
attribution cookie (AFFILIATE_COOKIE_NAME) is signed, first-party and HttpOnly; it holds the
affiliate's code, an opaque visitor id (never an IP address) and the time of the click, and it
counts for AFFILIATE_COOKIE_DAYS days after that click.

Not counted as clicks, though still redirected to the clean URL:
  * HEAD requests (link checkers, unfurlers);
  * prefetches announced by the browser (`Purpose: prefetch`, `Sec-Purpose: prefetch...`,
    `X-Moz: prefetch`): the answer is never cached, so the real navigation comes back and counts;
  * user agents containing one of BOT_USER_AGENT_MARKERS (crawlers, link previews).
A request without a user agent is counted: a real browser always sends one, so the gain of
refusing it is small and the rule stays one list.
"""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import unquote_plus

from django.conf import settings
from django.core import signing
from django.utils import timezone

from commerce.affiliates.models import Affiliate, AffiliateStatus, AffiliateVoucher, Click

# Lower-case substrings of the user agents of crawlers and link previewers (Googlebot, Bingbot,
# Yahoo! Slurp, Baiduspider, facebookexternalhit, Slackbot, "... link preview", ...).
BOT_USER_AGENT_MARKERS = ("bot", "crawl", "spider", "slurp", "facebookexternalhit", "preview")

# Where a `ref` parameter is left alone: the API, the back offices, files.
UNTRACKED_PATH_PREFIXES = ("/api/", "/shop/dashboard/", "/cms/", "/django-admin/")

COOKIE_SALT = "commerce.affiliates.attribution"


@dataclass(frozen=True)
class Attribution:
    """What the attribution cookie says: which affiliate referred this visitor, and when."""

    code: str
    visitor: str
    clicked_at: datetime

    @property
    def day(self):
        return timezone.localdate(self.clicked_at)

    def cookie_value(self) -> str:
        return f"{self.code}:{self.visitor}:{int(self.clicked_at.timestamp())}"

    @classmethod
    def from_cookie_value(cls, value: str) -> "Attribution | None":
        try:
            code, visitor, stamp = value.split(":")
            clicked_at = datetime.fromtimestamp(int(stamp), tz=UTC)
        except (ValueError, OverflowError, OSError):
            return None
        if not code or not visitor:
            return None
        return cls(code=code, visitor=visitor, clicked_at=clicked_at)


def cookie_window() -> timedelta:
    """How long after a click the attribution cookie counts (AFFILIATE_COOKIE_DAYS)."""
    return timedelta(days=settings.AFFILIATE_COOKIE_DAYS)


def link_path_is_tracked(*, path: str) -> bool:
    """Whether a `ref` parameter on `path` is a referral link (site pages, not back offices)."""
    if path.startswith(UNTRACKED_PATH_PREFIXES):
        return False
    return not any(
        prefix and path.startswith(prefix) for prefix in (settings.STATIC_URL, settings.MEDIA_URL)
    )


def request_is_bot(*, request) -> bool:
    """Whether `request` comes from a crawler, a HEAD request or a prefetch (never counted)."""
    if request.method == "HEAD":
        return True
    headers = request.headers
    purpose = f"{headers.get('Purpose', '')} {headers.get('Sec-Purpose', '')}"
    if "prefetch" in purpose.lower() or headers.get("X-Moz", "").lower() == "prefetch":
        return True
    agent = headers.get("User-Agent", "").lower()
    return any(marker in agent for marker in BOT_USER_AGENT_MARKERS)


def url_without_param(*, request, param: str) -> str:
    """The requested URL (path and query) without `param`; other parameters keep their order
    and their spelling."""
    query = request.META.get("QUERY_STRING", "")
    kept = [
        part for part in query.split("&") if part and unquote_plus(part.split("=", 1)[0]) != param
    ]
    path = request.path
    return f"{path}?{'&'.join(kept)}" if kept else path


def approved_affiliate_by_code(*, code: str) -> Affiliate | None:
    """The approved affiliate whose referral code is `code` (any case), or None."""
    code = code.strip().lower()  # codes are stored lower-case (CODE_PATTERN)
    if not code:
        return None
    return (
        Affiliate.objects.filter(code=code, status=AffiliateStatus.APPROVED)
        .select_related("user")
        .first()
    )


def affiliate_by_code(*, code: str) -> Affiliate | None:
    """The affiliate whose referral code is `code` (any case), in any standing, or None."""
    code = code.strip().lower()
    if not code:
        return None
    return Affiliate.objects.filter(code=code).select_related("user").first()


def attribution_of_request(*, request) -> Attribution | None:
    """The attribution the request's cookie carries, if it is authentic and within the window
    (the affiliate is not checked: a suspended affiliate's cookie still names them)."""
    value = request.get_signed_cookie(
        settings.AFFILIATE_COOKIE_NAME,
        default=None,
        salt=COOKIE_SALT,
        max_age=cookie_window().total_seconds(),
    )
    attribution = Attribution.from_cookie_value(value) if value else None
    if attribution is None or not attribution_is_current(attribution=attribution):
        return None
    return attribution


def attribution_is_current(*, attribution: Attribution) -> bool:
    """Whether the click behind `attribution` is within the cookie window (and not ahead)."""
    now = timezone.now()
    return now - cookie_window() <= attribution.clicked_at <= now + timedelta(minutes=5)


def attribution_cookie_signed(*, attribution: Attribution) -> str:
    """The signed cookie value carrying `attribution` (as the middleware sets it)."""
    return signing.get_cookie_signer(salt=settings.AFFILIATE_COOKIE_NAME + COOKIE_SALT).sign(
        attribution.cookie_value()
    )


def click_of(*, affiliate: Affiliate, attribution: Attribution) -> Click | None:
    """The click `attribution` was made by (one per affiliate, visitor and day), if recorded."""
    return Click.objects.filter(
        affiliate=affiliate, visitor=attribution.visitor, day=attribution.day
    ).first()


def voucher_affiliates_of_order(*, order) -> list[Affiliate]:
    """Approved affiliates tied to the vouchers `order` used, in the order's discount order."""
    voucher_ids = [
        discount.voucher_id
        for discount in order.discounts.order_by("pk")
        if discount.voucher_id is not None
    ]
    if not voucher_ids:
        return []
    ties = {
        tie.voucher_id: tie.affiliate
        for tie in AffiliateVoucher.objects.filter(
            voucher_id__in=voucher_ids, affiliate__status=AffiliateStatus.APPROVED
        ).select_related("affiliate__user")
    }
    return [ties[voucher_id] for voucher_id in voucher_ids if voucher_id in ties]


def affiliate_is_user(*, affiliate: Affiliate, user) -> bool:
    """Whether `user` is the affiliate themselves (accounts' emails are unique in any case, so
    the account is the whole test; a guest order's email is affiliate_is_shopper's)."""
    return user.pk == affiliate.user_id


def affiliate_is_shopper(*, affiliate: Affiliate, order) -> bool:
    """Whether `order` was placed by the affiliate themselves (same account or same email)."""
    if order.user_id is not None and order.user_id == affiliate.user_id:
        return True
    email = (order.email or "").strip().lower()
    return bool(email) and email == affiliate.user.email.strip().lower()
