"""The demo affiliate: affiliate@example.com is approved with a readable code, kitchen goods
earn a category rate, and a voucher of theirs is tied to them; clicks over the last weeks and
commissions in every status, one of them paid out."""

from django.conf import settings

from commerce.affiliates.models import (
    Affiliate,
    AffiliatePayoutStatus,
    AffiliateVoucher,
    CategoryRate,
    Referral,
)
from commerce.affiliates.selectors.area import affiliate_daily_series
from commerce.affiliates.selectors.earnings import affiliate_balance
from demo.affiliates import (
    AFFILIATE_CODE,
    AFFILIATE_EMAIL,
    AFFILIATE_VOUCHER_CODE,
    DEMO_REFERRED_ORDERS,
)


def test_the_demo_affiliate_is_approved_with_a_readable_code():
    affiliate = Affiliate.objects.get(user__email=AFFILIATE_EMAIL)
    assert affiliate.is_approved
    assert affiliate.code == AFFILIATE_CODE == "larder-friends"


def test_a_category_rate_and_a_tied_voucher():
    assert CategoryRate.objects.filter(category__code="demo-kitchen").exists()
    tie = AffiliateVoucher.objects.select_related("voucher", "affiliate").get(
        voucher__code=AFFILIATE_VOUCHER_CODE
    )
    assert tie.affiliate.code == AFFILIATE_CODE
    assert tie.voucher.offers.exists()


def test_the_affiliate_signs_in_and_sees_their_code(client):
    assert client.login(username=AFFILIATE_EMAIL, password=settings.DEMO_PASSWORD)
    assert "?ref=larder-friends" in client.get("/affiliate/apply/").content.decode()


def test_clicks_spread_over_the_last_weeks_give_the_chart_a_shape():
    affiliate = Affiliate.objects.get(code=AFFILIATE_CODE)
    per_day = [day.clicks for day in affiliate_daily_series(affiliate=affiliate, days=56)]
    assert sum(per_day) > 56 and min(per_day) >= 1
    assert max(per_day) >= 2 * min(per_day)  # newsletter days stand out


def test_commissions_in_every_status_made_by_the_services():
    affiliate = Affiliate.objects.get(code=AFFILIATE_CODE)
    commissions = {
        c.referral.order.number: c
        for c in affiliate.commissions.select_related("referral__order", "payout")
    }
    fates = {referred.order.number: referred.fate for referred in DEMO_REFERRED_ORDERS}
    assert {number: c.status for number, c in commissions.items()} == fates
    assert set(fates.values()) == {"pending", "approved", "rejected", "paid"}
    # Each commission came with its ledger entries, and the payout took the paid one out.
    paid = next(c for c in commissions.values() if c.status == "paid")
    assert paid.payout.status == AffiliatePayoutStatus.PAID and paid.payout.reference
    assert paid.payout.amount == paid.amount > 0
    balance = affiliate_balance(affiliate=affiliate)
    assert balance.pending == sum(c.amount for c in commissions.values() if c.status == "pending")
    assert balance.available == commissions["DEMO-2002"].amount
    # The voucher referred one order; the link (with its click) the others.
    sources = {c.referral.order.number: c.referral.source for c in commissions.values()}
    assert sources["DEMO-2003"] == "voucher"
    assert (
        Referral.objects.filter(affiliate=affiliate, source="link", click__isnull=False).count()
        == 3
    )


def test_the_affiliate_sees_their_figures_and_payout_in_the_area(client):
    assert client.login(username=AFFILIATE_EMAIL, password=settings.DEMO_PASSWORD)
    page = client.get("/affiliate/").content.decode()
    for number in ("DEMO-2001", "DEMO-2002", "DEMO-2003", "DEMO-2004"):
        assert number in page
    assert 'id="affiliate-payouts"' in page and "BACS DEMO-2001" in page
