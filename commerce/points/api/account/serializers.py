"""The shopper's points as JSON (points as integers, money as decimal strings)."""

from rest_framework import serializers

from commerce.points.models import PointsEntry

_MONEY = {"max_digits": 12, "decimal_places": 2, "read_only": True}


class ExpirySerializer(serializers.Serializer):
    date = serializers.DateField(help_text="The day these points expire.")
    points = serializers.IntegerField()


class PointsSerializer(serializers.Serializer):
    """Your available and pending points, what they are worth, and the next expiry."""

    available = serializers.IntegerField(help_text="Points you may spend now.")
    pending = serializers.IntegerField(
        help_text="Points earned on orders not delivered yet: available once delivered."
    )
    available_value = serializers.DecimalField(
        **_MONEY, help_text="What the available points are worth off an order."
    )
    pending_value = serializers.DecimalField(**_MONEY)
    currency = serializers.CharField()
    next_expiry = ExpirySerializer(
        allow_null=True, help_text="The next day some of your points expire (null: none)."
    )


class PointsEntrySerializer(serializers.ModelSerializer):
    """One change of your points: + adds, - takes away."""

    kind_label = serializers.CharField(source="get_kind_display")
    available = serializers.IntegerField()
    pending = serializers.IntegerField()
    order = serializers.SlugRelatedField(slug_field="number", read_only=True, allow_null=True)

    class Meta:
        model = PointsEntry
        fields = [
            "id",
            "created_at",
            "kind",
            "kind_label",
            "reason",
            "available",
            "pending",
            "order",
            "expires_at",
        ]
        read_only_fields = fields
