"""Request and response shapes of the onboarding endpoints (validation only; writes are
commerce.sellers.services.onboarding)."""

from rest_framework import serializers

from commerce.sellers.models import Seller


class SellerPublicSerializer(serializers.ModelSerializer):
    """A seller as shoppers see them. `description` is HTML, sanitised when saved."""

    logo = serializers.ImageField(read_only=True, allow_null=True)
    url = serializers.CharField(source="get_absolute_url", read_only=True)

    class Meta:
        model = Seller
        fields = ["name", "slug", "description", "logo", "url"]


class SellerProfileSerializer(serializers.ModelSerializer):
    """The signed-in user's own seller profile, in any standing. The logo is set on the site."""

    logo = serializers.ImageField(read_only=True, allow_null=True)
    url = serializers.CharField(source="get_absolute_url", read_only=True)

    class Meta:
        model = Seller
        fields = [
            "name",
            "slug",
            "description",
            "logo",
            "url",
            "contact_email",
            "contact_phone",
            "status",
            "status_reason",
            "created_at",
            "approved_at",
        ]
        read_only_fields = ["slug", "status", "status_reason", "created_at", "approved_at"]
        extra_kwargs = {
            # Uniqueness is the service's (case-insensitive), with a clearer message.
            "name": {"validators": []},
            "description": {"max_length": 20000},
        }


class SellerApplySerializer(serializers.Serializer):
    """An application to sell."""

    name = serializers.CharField(max_length=128)
    description = serializers.CharField(max_length=20000, allow_blank=True, default="")
    contact_email = serializers.EmailField(max_length=254)
    contact_phone = serializers.CharField(max_length=32, allow_blank=True, default="")
