"""The demo affiliate: affiliate@example.com is approved with a readable code, kitchen goods
earn a category rate, and a voucher of theirs is tied to them."""

from django.conf import settings

from commerce.affiliates.models import Affiliate, AffiliateVoucher, CategoryRate
from demo.affiliates import AFFILIATE_CODE, AFFILIATE_EMAIL, AFFILIATE_VOUCHER_CODE


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
