"""The affiliate area as JSON (amounts as decimal strings); never a shopper's name or email."""

from rest_framework import serializers

from commerce.affiliates.models import AffiliatePayout, Click, Commission
from commerce.affiliates.selectors.area import MAX_SERIES_DAYS

_MONEY = {"max_digits": 12, "decimal_places": 2, "read_only": True}


class SummaryQuerySerializer(serializers.Serializer):
    """?days=N: the length of the daily series (and of the second period)."""

    days = serializers.IntegerField(min_value=1, max_value=MAX_SERIES_DAYS, default=30)


class AffiliatePeriodFiguresSerializer(serializers.Serializer):
    """Your figures over the last `days` calendar days (null: all time)."""

    days = serializers.IntegerField(allow_null=True)
    clicks = serializers.IntegerField()
    orders = serializers.IntegerField()
    conversion_rate = serializers.DecimalField(
        max_digits=9, decimal_places=4, allow_null=True, help_text="Orders / clicks (0.025 = 2.5%)."
    )
    pending = serializers.DecimalField(**_MONEY)
    approved = serializers.DecimalField(**_MONEY)
    paid = serializers.DecimalField(**_MONEY)


class AffiliateBalanceSerializer(serializers.Serializer):
    pending = serializers.DecimalField(**_MONEY)
    available = serializers.DecimalField(**_MONEY)


class AffiliateDayFiguresSerializer(serializers.Serializer):
    day = serializers.DateField()
    clicks = serializers.IntegerField()
    orders = serializers.IntegerField()
    earnings = serializers.DecimalField(**_MONEY)


class SummarySerializer(serializers.Serializer):
    """Your code and link, figures for all time and the last `days` days, your balance and
    payouts, and a zero-filled daily series."""

    code = serializers.CharField()
    link = serializers.URLField()
    currency = serializers.CharField()
    days = serializers.IntegerField()
    periods = AffiliatePeriodFiguresSerializer(many=True)
    balance = AffiliateBalanceSerializer()
    paid_out = serializers.DecimalField(**_MONEY)
    in_payment = serializers.DecimalField(**_MONEY)
    series = AffiliateDayFiguresSerializer(many=True)


class LinkQuerySerializer(serializers.Serializer):
    url = serializers.CharField(
        required=False,
        allow_blank=True,
        default="",
        help_text="A path or URL of this shop to link to (empty: the home page).",
    )


class LinkSerializer(serializers.Serializer):
    code = serializers.CharField()
    param = serializers.CharField(help_text="The query parameter that carries your code.")
    link = serializers.URLField(help_text="Your referral link to the home page.")
    url = serializers.URLField(
        allow_null=True, help_text="Your referral link to the page asked for with ?url=."
    )


class ClickSerializer(serializers.ModelSerializer):
    class Meta:
        model = Click
        fields = ["id", "day", "landing_path", "referrer", "created_at"]
        read_only_fields = fields


class CommissionSerializer(serializers.ModelSerializer):
    """A commission on a referred order: the order's number and date, never who bought."""

    order_number = serializers.CharField(read_only=True)
    order_placed = serializers.DateTimeField(read_only=True)
    payout_id = serializers.IntegerField(allow_null=True, read_only=True)

    class Meta:
        model = Commission
        fields = [
            "id",
            "order_number",
            "order_placed",
            "base",
            "amount",
            "status",
            "payout_id",
            "created_at",
            "decided_at",
        ]
        read_only_fields = fields


class AffiliatePayoutSerializer(serializers.ModelSerializer):
    class Meta:
        model = AffiliatePayout
        fields = ["id", "amount", "status", "created_at", "paid_at", "reference"]
        read_only_fields = fields
