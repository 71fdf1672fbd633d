"""Sign-in, token refresh and sign-out: the API's authentication, shared by every domain."""

from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.exceptions import APIException, AuthenticationFailed
from rest_framework.generics import GenericAPIView
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework_simplejwt.exceptions import InvalidToken, TokenError
from rest_framework_simplejwt.views import TokenObtainPairView

from commerce.users.signin import lockout_minutes, signin_attempts_clear

from ..errors import ErrorCode
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


class SignInLockedOut(APIException):
    """Too many wrong passwords for this account from this address: wait for the cool-off."""

    status_code = status.HTTP_429_TOO_MANY_REQUESTS
    default_code = ErrorCode.LOCKED_OUT

    def __init__(self, *, minutes: int):
        self.wait = minutes * 60  # DRF's handler sends it as Retry-After
        super().__init__(
            f"Too many wrong passwords for this account from your address: signing in to it "
            f"from here is paused for {minutes} minutes. Wait, or reset the password by email "
            f"on the shop's sign-in page."
        )


class SignInView(TokenObtainPairView):
    """simplejwt's sign-in (which hands the request to authenticate(), so sign-in lockouts see
    where it comes from), with failed attempts counted per client address."""

    throttle_classes = [AnonRateThrottle, SignInFailureThrottle]

    @extend_schema(
        tags=[TAG],
        summary="Sign in: email and password for a token pair",
        description=(
            "After 5 wrong passwords for one account from one address, signing in to that "
            "account from that address answers 429 (code `locked_out`, with Retry-After) for "
            "15 minutes, even with the right password; other addresses are not affected. "
            "Failed sign-ins from one address, to any accounts, are also limited (429, code "
            "`throttled`)."
        ),
        request=SignInSerializer,
        responses={200: TokenPairSerializer, **error_responses(*BODY_ERRORS, 401)},
    )
    def post(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        try:
            serializer.is_valid(raise_exception=True)
        except TokenError as exc:
            raise InvalidToken(exc.args[0]) from exc
        except AuthenticationFailed:
            for throttle in self.get_throttles():
                if isinstance(throttle, SignInFailureThrottle):
                    throttle.record_failure(request, self)
            # Set by django-axes on the request it was handed when it refused the attempt.
            if getattr(request, "axes_locked_out", False):
                raise SignInLockedOut(minutes=lockout_minutes()) from None
            raise
        # simplejwt does not send user_logged_in (no session): clear the failures here.
        signin_attempts_clear(request=request, user=serializer.user)
        return Response(serializer.validated_data, status=status.HTTP_200_OK)


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
