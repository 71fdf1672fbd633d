"""Sign-in, token refresh and sign-out: the API's authentication, shared by every domain."""

from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.exceptions import AuthenticationFailed
from rest_framework.generics import GenericAPIView
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework_simplejwt.views import TokenObtainPairView

from ..schema import BODY_ERRORS, error_responses
from ..throttling import AnonRateThrottle
from . import services
from .serializers import RefreshSerializer, SignInSerializer, TokenPairSerializer
from .throttling import SignInFailureThrottle

# The OpenAPI tag shared with the account endpoints of commerce.users.api.
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
