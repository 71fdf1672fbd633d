"""Request and response shapes of the account endpoints (validation only; writes are services)."""

from django.contrib.auth import get_user_model
from rest_framework import serializers


class SignInSerializer(serializers.Serializer):
    """Credentials for POST /auth/token/."""

    email = serializers.EmailField(max_length=254)
    password = serializers.CharField(max_length=4096, style={"input_type": "password"})


class TokenPairSerializer(serializers.Serializer):
    """A JWT pair: `access` (15 minutes) authorises calls, `refresh` (7 days, single use)
    gets the next pair."""

    access = serializers.CharField(read_only=True)
    refresh = serializers.CharField(read_only=True)


class RefreshSerializer(serializers.Serializer):
    """A refresh token to spend (POST /auth/token/refresh/) or revoke (POST /auth/logout/)."""

    refresh = serializers.CharField(max_length=4096)


class ProfileSerializer(serializers.ModelSerializer):
    """The signed-in account as its owner sees it."""

    class Meta:
        model = get_user_model()
        fields = ["id", "email", "first_name", "last_name", "date_joined"]
        read_only_fields = ["id", "date_joined"]
        extra_kwargs = {
            # Uniqueness is checked case-insensitively by the service, with a clearer message.
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
