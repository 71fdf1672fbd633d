"""The seller's balance, ledger entries and payouts as JSON (amounts as decimal strings)."""

from rest_framework import serializers

from commerce.sellers.models import EarningEntry, Payout


class BalanceSerializer(serializers.Serializer):
    pending = serializers.DecimalField(max_digits=12, decimal_places=2, read_only=True)
    available = serializers.DecimalField(max_digits=12, decimal_places=2, read_only=True)
    total = serializers.DecimalField(max_digits=12, decimal_places=2, read_only=True)


class EarningEntrySerializer(serializers.ModelSerializer):
    """One ledger entry: how it moved the pending and available balances, and why."""

    order_number = serializers.CharField(
        source="line.order.number", default=None, allow_null=True, read_only=True
    )
    line_id = serializers.IntegerField(allow_null=True)
    payout_id = serializers.IntegerField(allow_null=True)

    class Meta:
        model = EarningEntry
        fields = [
            "id",
            "kind",
            "pending",
            "available",
            "reason",
            "order_number",
            "line_id",
            "payout_id",
            "created_at",
        ]


class EarningsPageSerializer(serializers.Serializer):
    """The balance, and one page of the ledger (newest first)."""

    balance = BalanceSerializer()
    count = serializers.IntegerField()
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)
    results = EarningEntrySerializer(many=True)


class PayoutSerializer(serializers.ModelSerializer):
    class Meta:
        model = Payout
        fields = ["id", "amount", "status", "requested_at", "decided_at", "paid_at", "reference"]
        read_only_fields = fields


class PayoutRequestSerializer(serializers.Serializer):
    amount = serializers.DecimalField(
        max_digits=12,
        decimal_places=2,
        required=False,
        allow_null=True,
        help_text="Leave out to ask for everything available.",
    )
