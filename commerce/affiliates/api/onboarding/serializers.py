"""Request and response shapes of the affiliate onboarding endpoints (validation only; writes
are commerce.affiliates.services.onboarding)."""

from rest_framework import serializers

from commerce.affiliates.models import Affiliate


class AffiliateApplySerializer(serializers.Serializer):
    """An application to be an affiliate."""

    website = serializers.URLField(max_length=200, allow_blank=True, default="")
    promotion = serializers.CharField(max_length=5000, allow_blank=True, default="")


class AffiliateAccountSerializer(serializers.ModelSerializer):
    """The signed-in user's own affiliate account, in any standing."""

    class Meta:
        model = Affiliate
        fields = ["code", "website", "promotion", "status", "status_reason", "created_at"]
        read_only_fields = fields
