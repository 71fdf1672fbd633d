"""Request and response shapes of the shopper's referral code endpoint (validation only;
writes are commerce.affiliates.services.tracking)."""

from rest_framework import serializers


class ReferralCodeSerializer(serializers.Serializer):
    """The referral code a shopper was given by an affiliate."""

    code = serializers.CharField(max_length=64, help_text="The affiliate's referral code.")


class BasketReferralSerializer(serializers.Serializer):
    """The affiliate code the shopper's open basket is attributed to."""

    code = serializers.CharField(source="affiliate.code")
    source = serializers.CharField(help_text="`api`: given through this endpoint.")
