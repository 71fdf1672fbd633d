"""Shop figures for editors: what the Wagtail dashboard's shop panel shows."""

from datetime import datetime, time

from django.db.models import F
from django.db.models.functions import Coalesce
from django.utils import timezone
from oscar.core.loading import get_model

Order = get_model("order", "Order")
StockRecord = get_model("partner", "StockRecord")


def orders_today_count(*, now: datetime | None = None) -> int:
    """Orders placed since midnight in the shop's time zone."""
    now = timezone.localtime(now or timezone.now())
    midnight = timezone.make_aware(datetime.combine(now.date(), time.min), now.tzinfo)
    return Order.objects.filter(date_placed__gte=midnight).count()


def low_stock_count() -> int:
    """Stock records at or below their low-stock threshold (what Oscar raises stock alerts for)."""
    return StockRecord.objects.filter(
        low_stock_threshold__isnull=False,
        num_in_stock__isnull=False,
        num_in_stock__lte=F("low_stock_threshold") + Coalesce(F("num_allocated"), 0),
    ).count()
