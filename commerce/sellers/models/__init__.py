from .commission import CommissionKind, CommissionLine, CommissionRule
from .earning import EarningEntry, EarningKind
from .payout import Payout, PayoutStatus
from .seller import Seller, SellerProduct, SellerStatus

__all__ = [
    "CommissionKind",
    "CommissionLine",
    "CommissionRule",
    "EarningEntry",
    "EarningKind",
    "Payout",
    "PayoutStatus",
    "Seller",
    "SellerProduct",
    "SellerStatus",
]
