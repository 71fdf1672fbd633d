"""Account endpoints: sign-in, token refresh, sign-out, registration, profile, password."""

from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.exceptions import AuthenticationFailed
from rest_framework.generics import GenericAPIView
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework_simplejwt.views import TokenObtainPairView

from ..schema import BODY_ERRORS, COMMON_ERRORS, error_responses
from ..throttling import AnonRateThrottle, RegisterRateThrottle, SignInFailureThrottle
from . import services
from .serializers import (
    PasswordChangeSerializer,
    ProfileSerializer,
    RefreshSerializer,
    RegisteredSerializer,
    RegisterSerializer,
    SignInSerializer,
    TokenPairSerializer,
)

TAG = "accounts"


class TokenEndpoint(GenericAPIView):
    """Endpoints that take credentials in the body, not the Authorization header (a stale
    header must not get in the way). Their refusals stay 401 with a Bearer challenge."""

    authentication_classes = []
    permission_classes = [AllowAny]

    def get_authenticate_header(self, request):
        return 'Bearer realm="api"'


class SignInView(TokenObtainPairView):
    """simplejwt's sign-in, with failed attempts counted per account."""

    throttle_classes = [AnonRateThrottle, SignInFailureThrottle]

    @extend_schema(
        tags=[TAG],
        summary="Sign in: email and password for a token pair",
        description=(
            "After 5 failed sign-ins within a minute for one account, every sign-in to it "
            "answers 429 until the minute has passed."
        ),
        request=SignInSerializer,
        responses={200: TokenPairSerializer, **error_responses(*BODY_ERRORS, 401)},
    )
    def post(self, request, *args, **kwargs):
        try:
            return super().post(request, *args, **kwargs)
        except AuthenticationFailed:
            for throttle in self.get_throttles():
                if isinstance(throttle, SignInFailureThrottle):
                    throttle.record_failure(request, self)
            raise


class RefreshView(TokenEndpoint):
    """Spend a refresh token (once) for a new pair."""

    serializer_class = RefreshSerializer

    @extend_schema(
        tags=[TAG],
        summary="Refresh: a refresh token for a new pair (each refresh token works once)",
        responses={200: TokenPairSerializer, **error_responses(*BODY_ERRORS, 401)},
    )
    def post(self, request):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        pair = services.token_pair_rotate(raw_refresh=serializer.validated_data["refresh"])
        return Response(pair)


class LogoutView(TokenEndpoint):
    """Revoke a refresh token. Holding the refresh token is the proof needed."""

    serializer_class = RefreshSerializer

    @extend_schema(
        tags=[TAG],
        summary="Sign out: revoke a refresh token",
        responses={204: None, **error_responses(*BODY_ERRORS, 401)},
    )
    def post(self, request):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        services.token_revoke(raw_refresh=serializer.validated_data["refresh"])
        return Response(status=status.HTTP_204_NO_CONTENT)


class RegisterView(TokenEndpoint):
    """Open a shopper account and sign it in."""

    throttle_classes = [AnonRateThrottle, RegisterRateThrottle]
    serializer_class = RegisterSerializer

    @extend_schema(
        tags=[TAG],
        summary="Register a shopper account",
        responses={201: RegisteredSerializer, **error_responses(*BODY_ERRORS)},
    )
    def post(self, request):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        user = services.user_register(**serializer.validated_data)
        body = {"user": user, **services.token_pair_issue(user=user)}
        return Response(RegisteredSerializer(body).data, status=status.HTTP_201_CREATED)


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
        summary="Change your name or email address",
        responses={200: ProfileSerializer, **error_responses(*BODY_ERRORS, 401)},
    )
    def patch(self, request):
        serializer = self.get_serializer(request.user, data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        user = services.user_update(user=request.user, **serializer.validated_data)
        return Response(self.get_serializer(user).data)


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
        pair = services.password_change(user=request.user, **serializer.validated_data)
        return Response(pair)
