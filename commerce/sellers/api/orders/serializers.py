"""Shapes of the seller's order and stats endpoints: an order shows only what it takes to ship
the seller's own lines (no order total, no other seller's lines, no payment)."""

from rest_framework import serializers

from commerce.sellers.selectors.stats import MAX_SERIES_DAYS

_MONEY = {"max_digits": 12, "decimal_places": 2}


class SellerOrderLineSerializer(serializers.Serializer):
    """One of your lines in an order."""

    id = serializers.IntegerField()
    product_id = serializers.IntegerField(allow_null=True)
    title = serializers.CharField()
    sku = serializers.CharField(source="partner_sku", help_text="Your SKU for the offer.")
    upc = serializers.CharField(allow_null=True)
    quantity = serializers.IntegerField()
    shipped_quantity = serializers.IntegerField(help_text="Units shipped so far.")
    line_price_incl_tax = serializers.DecimalField(
        **_MONEY, help_text="What the shopper paid for the line, after discounts."
    )
    status = serializers.CharField()


class SellerShippingAddressSerializer(serializers.Serializer):
    """Where to send your lines."""

    name = serializers.CharField()
    line1 = serializers.CharField()
    line2 = serializers.CharField()
    line3 = serializers.CharField()
    line4 = serializers.CharField(help_text="City.")
    state = serializers.CharField()
    postcode = serializers.CharField()
    country = serializers.CharField(source="country.iso_3166_1_a2")
    phone_number = serializers.CharField(allow_null=True)
    notes = serializers.CharField(help_text="The shopper's delivery instructions.")


class SellerOrderSerializer(serializers.Serializer):
    """An order holding your lines, with those lines only."""

    number = serializers.CharField()
    date_placed = serializers.DateTimeField()
    currency = serializers.CharField()
    shipping_method = serializers.CharField()
    shipping_address = SellerShippingAddressSerializer(allow_null=True)
    lines = SellerOrderLineSerializer(source="seller_lines", many=True)


class ShipLineSerializer(serializers.Serializer):
    """Units of one of your lines to ship."""

    id = serializers.IntegerField(help_text="A line id from the order's `lines`.")
    quantity = serializers.IntegerField(min_value=1)


class ShipRequestSerializer(serializers.Serializer):
    """Your lines that leave in one parcel, with its carrier and tracking reference."""

    lines = ShipLineSerializer(many=True, allow_empty=False)
    carrier = serializers.CharField(max_length=128)
    reference = serializers.CharField(max_length=128, help_text="The tracking reference.")

    def validate_lines(self, lines):
        ids = [line["id"] for line in lines]
        if len(ids) != len(set(ids)):
            raise serializers.ValidationError("Name each line once.")
        return lines


class StatsQuerySerializer(serializers.Serializer):
    """?days=N of the stats endpoint."""

    days = serializers.IntegerField(min_value=1, max_value=MAX_SERIES_DAYS, default=30)


class PeriodFiguresSerializer(serializers.Serializer):
    """Your figures over the last `days` calendar days (1 = today)."""

    days = serializers.IntegerField()
    sales = serializers.DecimalField(**_MONEY)
    orders = serializers.IntegerField()
    items_to_ship = serializers.IntegerField()


class DayFiguresSerializer(serializers.Serializer):
    """Your sales and orders of one day."""

    date = serializers.DateField(source="day")
    sales = serializers.DecimalField(**_MONEY)
    orders = serializers.IntegerField()


class SellerStatsSerializer(serializers.Serializer):
    """Your figures (sales: what shoppers paid for your lines after discounts, without
    shipping, minus refunds; cancelled lines not counted) and a daily series for charts."""

    days = serializers.IntegerField()
    currency = serializers.CharField()
    periods = PeriodFiguresSerializer(many=True)
    items_to_ship = serializers.IntegerField(help_text="Units of your lines waiting to ship.")
    low_stock_offers = serializers.IntegerField()
    series = DayFiguresSerializer(many=True, help_text="One entry per day, oldest first.")
