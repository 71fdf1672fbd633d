"""Applying to sell, the seller's own profile, and the public list of sellers. Writes are
commerce.sellers.services.onboarding (the same the site's pages call)."""

from django.http import Http404
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import status
from rest_framework.generics import GenericAPIView, ListAPIView, RetrieveAPIView
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response

from commerce.api.schema import BODY_ERRORS, COMMON_ERRORS, error_responses
from commerce.sellers.selectors.access import seller_of
from commerce.sellers.selectors.onboarding import sellers_public
from commerce.sellers.services import onboarding as services

from .serializers import SellerApplySerializer, SellerProfileSerializer, SellerPublicSerializer

TAG = "sellers"


class SellerApplyView(GenericAPIView):
    """Apply to sell (or apply again after a refusal)."""

    permission_classes = [IsAuthenticated]
    serializer_class = SellerApplySerializer

    @extend_schema(
        tags=[TAG],
        summary="Apply to sell in the shop",
        description="Creates your seller profile with the status `applied`; staff decide and "
        "email you. After a refusal, applying again updates your application.",
        responses={201: SellerProfileSerializer, **error_responses(*BODY_ERRORS, 401)},
    )
    def post(self, request):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        seller = services.seller_apply(user=request.user, **serializer.validated_data)
        return Response(SellerProfileSerializer(seller).data, status=status.HTTP_201_CREATED)


class SellerProfileView(GenericAPIView):
    """The signed-in user's seller profile, whatever its standing."""

    permission_classes = [IsAuthenticated]
    serializer_class = SellerProfileSerializer

    def get_object(self):
        seller = seller_of(user=self.request.user)
        if seller is None:
            raise Http404("You have no seller profile: apply first.")
        return seller

    @extend_schema(
        tags=[TAG],
        summary="Your seller profile and standing",
        responses={200: SellerProfileSerializer, **error_responses(401, 404, *COMMON_ERRORS)},
    )
    def get(self, request):
        return Response(self.get_serializer(self.get_object()).data)

    @extend_schema(
        tags=[TAG],
        summary="Change your seller profile",
        responses={200: SellerProfileSerializer, **error_responses(*BODY_ERRORS, 401, 404)},
    )
    def patch(self, request):
        seller = self.get_object()
        serializer = self.get_serializer(seller, data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        seller = services.seller_profile_update(seller=seller, **serializer.validated_data)
        return Response(self.get_serializer(seller).data)


@extend_schema_view(
    get=extend_schema(
        tags=[TAG],
        summary="Approved sellers, by name",
        responses={200: SellerPublicSerializer(many=True), **error_responses(404, *COMMON_ERRORS)},
    )
)
class SellerListView(ListAPIView):
    """Sellers shoppers may buy from."""

    permission_classes = [AllowAny]
    serializer_class = SellerPublicSerializer
    queryset = sellers_public()


@extend_schema_view(
    get=extend_schema(
        tags=[TAG],
        summary="One approved seller, by slug",
        responses={200: SellerPublicSerializer, **error_responses(404, *COMMON_ERRORS)},
    )
)
class SellerDetailView(RetrieveAPIView):
    """A seller shoppers may buy from; any other slug is a 404."""

    permission_classes = [AllowAny]
    serializer_class = SellerPublicSerializer
    queryset = sellers_public()
    lookup_field = "slug"
