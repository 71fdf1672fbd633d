"""Request and response shapes of the sign-in, refresh and sign-out endpoints."""

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
