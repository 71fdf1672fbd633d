"""Response shapes of the order endpoints."""

from rest_framework import serializers


class OrderLineSerializer(serializers.Serializer):
    """One line of an order."""

    product_id = serializers.IntegerField(allow_null=True)
    title = serializers.CharField()
    upc = serializers.CharField(allow_null=True)
    partner_name = serializers.CharField()
    quantity = serializers.IntegerField()
    unit_price_incl_tax = serializers.DecimalField(max_digits=12, decimal_places=2, allow_null=True)
    line_price_incl_tax = serializers.DecimalField(max_digits=12, decimal_places=2)
    status = serializers.CharField()


class ShippingAddressSerializer(serializers.Serializer):
    """Where the order goes."""

    name = serializers.CharField()
    line1 = serializers.CharField()
    line2 = serializers.CharField()
    line3 = serializers.CharField()
    line4 = serializers.CharField(help_text="City.")
    state = serializers.CharField()
    postcode = serializers.CharField()
    country = serializers.CharField(source="country.iso_3166_1_a2")


class OrderSerializer(serializers.Serializer):
    """One of your orders."""

    number = serializers.CharField()
    status = serializers.CharField()
    date_placed = serializers.DateTimeField()
    currency = serializers.CharField()
    total_excl_tax = serializers.DecimalField(max_digits=12, decimal_places=2)
    total_incl_tax = serializers.DecimalField(max_digits=12, decimal_places=2)
    shipping_incl_tax = serializers.DecimalField(max_digits=12, decimal_places=2)
    shipping_method = serializers.CharField()
    num_items = serializers.IntegerField()
    shipping_address = ShippingAddressSerializer(allow_null=True)
    lines = OrderLineSerializer(source="lines.all", many=True)
