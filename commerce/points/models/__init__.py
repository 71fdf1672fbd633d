from .account import PointsAccount
from .ledger import ExpiryReminder, PointsEntry, PointsEntryKind, PointsOrderLine
from .offers import PointsBenefit, PointsCondition
from .reservation import PointsReservation

__all__ = [
    "ExpiryReminder",
    "PointsAccount",
    "PointsBenefit",
    "PointsCondition",
    "PointsEntry",
    "PointsEntryKind",
    "PointsOrderLine",
    "PointsReservation",
]
