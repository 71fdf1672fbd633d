"""Request and response shapes of the points reservation endpoint (validation only; writes are
commerce.points.services.reservations)."""

from rest_framework import serializers


class PointsReserveSerializer(serializers.Serializer):
    """How many points to spend on the shopper's checkout (0 spends none)."""

    points = serializers.IntegerField(min_value=0, max_value=2_000_000_000)


class PointsReservationSerializer(serializers.Serializer):
    """The points chosen for the shopper's open basket, against what they may spend on it."""

    points = serializers.IntegerField(source="reserved", help_text="The points chosen.")
    value = serializers.DecimalField(
        source="reserved_value",
        max_digits=12,
        decimal_places=2,
        help_text="The money off they give the basket now.",
    )
    max_usable = serializers.IntegerField(
        source="usable",
        help_text="The most points this basket may take: what you have, within the share of "
        "the goods points may pay.",
    )
    max_usable_value = serializers.DecimalField(
        source="usable_value", max_digits=12, decimal_places=2
    )
    available = serializers.IntegerField(help_text="Your available points.")
    currency = serializers.CharField()
