"""Request and response shapes of the account endpoints (validation only; writes are
commerce.users.services)."""

from django.contrib.auth import get_user_model
from rest_framework import serializers

from commerce.api.auth.serializers import TokenPairSerializer


class ProfileSerializer(serializers.ModelSerializer):
    """The signed-in account as its owner sees it."""

    class Meta:
        model = get_user_model()
        fields = ["id", "email", "first_name", "last_name", "date_joined"]
        read_only_fields = ["id", "date_joined"]
        extra_kwargs = {
            # Uniqueness is the service's (a case-insensitive unique index), with a clearer message.
            "email": {"validators": []},
            "first_name": {"max_length": 255},
            "last_name": {"max_length": 255},
        }


class RegisterSerializer(serializers.Serializer):
    """A new shopper account."""

    email = serializers.EmailField(max_length=254)
    password = serializers.CharField(
        max_length=4096, write_only=True, style={"input_type": "password"}
    )
    first_name = serializers.CharField(max_length=255, required=False, default="", allow_blank=True)
    last_name = serializers.CharField(max_length=255, required=False, default="", allow_blank=True)


class RegisteredSerializer(TokenPairSerializer):
    """The new account and its first token pair."""

    user = ProfileSerializer(read_only=True)


class PasswordChangeSerializer(serializers.Serializer):
    """The current password and the new one."""

    old_password = serializers.CharField(max_length=4096, style={"input_type": "password"})
    new_password = serializers.CharField(max_length=4096, style={"input_type": "password"})
