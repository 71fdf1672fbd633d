from .affiliate import Affiliate, AffiliateStatus, AffiliateVoucher, CategoryRate
from .commission import AffiliateEntry, AffiliateEntryKind, Commission, CommissionLine
from .payout import AffiliatePayout, AffiliatePayoutStatus
from .tracking import BasketAttribution, Click, Referral, ReferralSource

__all__ = [
    "Affiliate",
    "AffiliateEntry",
    "AffiliateEntryKind",
    "AffiliatePayout",
    "AffiliatePayoutStatus",
    "AffiliateStatus",
    "AffiliateVoucher",
    "BasketAttribution",
    "CategoryRate",
    "Click",
    "Commission",
    "CommissionLine",
    "Referral",
    "ReferralSource",
]
