"""Account endpoints: registration, profile, password. The writes are commerce.users.services
(the same the site's account pages call); their ValidationErrors become the API's 400 body."""

from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.generics import GenericAPIView
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from commerce.api.auth.serializers import TokenPairSerializer
from commerce.api.auth.services import token_pair_issue
from commerce.api.auth.views import TAG, TokenEndpoint
from commerce.api.schema import BODY_ERRORS, COMMON_ERRORS, error_responses
from commerce.api.throttling import AnonRateThrottle, RegisterRateThrottle

from .. import services
from .serializers import (
    PasswordChangeSerializer,
    ProfileSerializer,
    RegisteredSerializer,
    RegisterSerializer,
)


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
        user = services.user_register(**serializer.validated_data, request=request)
        body = {"user": user, **token_pair_issue(user=user)}
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
        user = services.password_change(user=request.user, **serializer.validated_data)
        # simplejwt's CHECK_REVOKE_TOKEN refuses tokens issued under the old password.
        return Response(token_pair_issue(user=user))
