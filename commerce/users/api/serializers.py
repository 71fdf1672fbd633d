"""Request and response shapes of the account endpoints (validation only; writes are
commerce.users.services)."""

from django.contrib.auth import get_user_model
from rest_framework import serializers


class ProfileSerializer(serializers.ModelSerializer):
    """The signed-in account as its owner sees it. A new `email` also needs `password` (the
    current one) and changes only when the link sent to the new address is followed."""

    password = serializers.CharField(
        max_length=4096,
        write_only=True,
        required=False,
        style={"input_type": "password"},
        help_text="Your current password: needed to change the email address.",
    )
    email_verified = serializers.BooleanField(read_only=True)

    class Meta:
        model = get_user_model()
        fields = ["id", "email", "email_verified", "first_name", "last_name", "date_joined"]
        fields += ["password"]
        read_only_fields = ["id", "date_joined"]
        extra_kwargs = {
            # Whether another account has the address is the service's to decide, untold.
            "email": {"validators": []},
            "first_name": {"max_length": 255},
            "last_name": {"max_length": 255},
        }


class EmailChangeRequestedSerializer(ProfileSerializer):
    """The account (its email unchanged yet) and what to do to finish the change."""

    message = serializers.CharField(read_only=True)

    class Meta(ProfileSerializer.Meta):
        fields = [*ProfileSerializer.Meta.fields, "message"]


class RegisterSerializer(serializers.Serializer):
    """A new shopper account."""

    email = serializers.EmailField(max_length=254)
    password = serializers.CharField(
        max_length=4096, write_only=True, style={"input_type": "password"}
    )
    first_name = serializers.CharField(max_length=255, required=False, default="", allow_blank=True)
    last_name = serializers.CharField(max_length=255, required=False, default="", allow_blank=True)


class MessageSerializer(serializers.Serializer):
    """What happened and what to do next, as a sentence."""

    message = serializers.CharField()


class TokenSerializer(serializers.Serializer):
    """The token of a link the shop emailed (the last part of its address)."""

    token = serializers.CharField(max_length=1000)


class PasswordChangeSerializer(serializers.Serializer):
    """The current password and the new one."""

    old_password = serializers.CharField(max_length=4096, style={"input_type": "password"})
    new_password = serializers.CharField(max_length=4096, style={"input_type": "password"})
