"""Account endpoints: registration, email verification, profile and email change, password.
The writes are commerce.users.services (the same the site's account pages call); their
ValidationErrors become the API's 400 body."""

from drf_spectacular.utils import extend_schema
from oscar.apps.customer.utils import normalise_email
from rest_framework import status
from rest_framework.exceptions import Throttled
from rest_framework.generics import GenericAPIView
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from commerce.api.auth.serializers import TokenPairSerializer
from commerce.api.auth.services import token_pair_issue
from commerce.api.auth.views import TAG, TokenEndpoint
from commerce.api.schema import BODY_ERRORS, COMMON_ERRORS, error_responses
from commerce.api.throttling import AnonRateThrottle, RegisterRateThrottle, UserRateThrottle

from .. import services
from ..messages import email_change_requested_message, registration_answer
from .serializers import (
    EmailChangeRequestedSerializer,
    MessageSerializer,
    PasswordChangeSerializer,
    ProfileSerializer,
    RegisterSerializer,
    TokenSerializer,
)

SIGN_IN_HINT = "Sign in with POST /api/v1/auth/token/ to go on shopping."


def _throttled(error: services.EmailSendThrottled) -> Throttled:
    return Throttled(wait=error.wait, detail=" ".join(error.messages))


class RegisterView(TokenEndpoint):
    """Open a shopper account. The answer is the same whether or not the address already had
    an account (its owner is emailed instead): no tokens, sign in afterwards."""

    throttle_classes = [AnonRateThrottle, RegisterRateThrottle]
    serializer_class = RegisterSerializer

    @extend_schema(
        tags=[TAG],
        summary="Register a shopper account (then confirm the address and sign in)",
        description=(
            "Answers 202 with the same body whether or not the address already has an "
            "account, so the answer does not tell who shops here. A new account is emailed a "
            "verification link; it can sign in and shop at once."
        ),
        responses={202: MessageSerializer, **error_responses(*BODY_ERRORS)},
    )
    def post(self, request):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        services.user_register(**serializer.validated_data, request=request)
        email = normalise_email(serializer.validated_data["email"])
        message = registration_answer(email=email, then=SIGN_IN_HINT)
        return Response({"message": message}, status=status.HTTP_202_ACCEPTED)


class EmailVerifyView(TokenEndpoint):
    """Confirm an email address with the token of the emailed link."""

    throttle_classes = [AnonRateThrottle]
    serializer_class = TokenSerializer

    @extend_schema(
        tags=[TAG],
        summary="Confirm your email address (the token of the emailed link)",
        responses={200: MessageSerializer, **error_responses(*BODY_ERRORS)},
    )
    def post(self, request):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        user = services.email_verify(token=serializer.validated_data["token"])
        return Response({"message": f"Thank you: {user.email} is confirmed."})


class EmailVerifyResendView(GenericAPIView):
    """Email a new verification link to the signed-in account (throttled per account)."""

    permission_classes = [IsAuthenticated]
    throttle_classes = [UserRateThrottle]
    serializer_class = MessageSerializer

    @extend_schema(
        tags=[TAG],
        summary="Send a new verification link",
        request=None,
        responses={202: MessageSerializer, **error_responses(400, 401, *COMMON_ERRORS)},
    )
    def post(self, request):
        try:
            services.email_verification_resend(user=request.user)
        except services.EmailSendThrottled as error:
            raise _throttled(error) from error
        message = f"We sent a new link to {request.user.email}."
        return Response({"message": message}, status=status.HTTP_202_ACCEPTED)


class EmailChangeConfirmView(TokenEndpoint):
    """Make the email change an emailed link stands for, with its token."""

    throttle_classes = [AnonRateThrottle]
    serializer_class = TokenSerializer

    @extend_schema(
        tags=[TAG],
        summary="Confirm a change of email address (the token of the link sent to it)",
        responses={200: MessageSerializer, **error_responses(*BODY_ERRORS)},
    )
    def post(self, request):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        user = services.email_change_confirm(token=serializer.validated_data["token"])
        return Response({"message": f"Your email address is now {user.email}."})


class MeView(GenericAPIView):
    """The signed-in account."""

    permission_classes = [IsAuthenticated]
    serializer_class = ProfileSerializer

    @extend_schema(
        tags=[TAG],
        summary="Your account",
        responses={200: ProfileSerializer, **error_responses(401, *COMMON_ERRORS)},
    )
    def get(self, request):
        return Response(self.get_serializer(request.user).data)

    @extend_schema(
        tags=[TAG],
        summary="Change your name, or ask to change your email address",
        description=(
            "Names change at once (200). A new `email` needs `password` (your current one): "
            "the answer is 202, a link goes to the new address (unless another account uses "
            "it) and your old address is told; the address changes when the link is followed."
        ),
        responses={
            200: ProfileSerializer,
            202: EmailChangeRequestedSerializer,
            **error_responses(*BODY_ERRORS, 401),
        },
    )
    def patch(self, request):
        serializer = self.get_serializer(request.user, data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        names = dict(serializer.validated_data)
        password = names.pop("password", None)
        email = names.pop("email", None)
        asked = None
        if email is not None:
            try:
                asked = services.email_change_request(
                    user=request.user, email=email, password=password
                )
            except services.EmailSendThrottled as error:
                raise _throttled(error) from error
        user = services.user_update(user=request.user, **names)
        if asked is None:
            return Response(self.get_serializer(user).data)
        body = {**self.get_serializer(user).data, "message": email_change_requested_message(asked)}
        return Response(body, status=status.HTTP_202_ACCEPTED)


class PasswordChangeView(GenericAPIView):
    """Change the password; earlier tokens stop working, a fresh pair comes back."""

    permission_classes = [IsAuthenticated]
    serializer_class = PasswordChangeSerializer

    @extend_schema(
        tags=[TAG],
        summary="Change your password (returns a fresh token pair)",
        responses={200: TokenPairSerializer, **error_responses(*BODY_ERRORS, 401)},
    )
    def post(self, request):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        user = services.password_change(user=request.user, **serializer.validated_data)
        # simplejwt's CHECK_REVOKE_TOKEN refuses tokens issued under the old password.
        return Response(token_pair_issue(user=user))
