"""Applying to be an affiliate through the API. Writes are
commerce.affiliates.services.onboarding (the same the site's page calls)."""

from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.generics import GenericAPIView
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from commerce.affiliates.services import onboarding as services
from commerce.api.schema import BODY_ERRORS, error_responses

from .serializers import AffiliateAccountSerializer, AffiliateApplySerializer

TAG = "affiliates"


class AffiliateApplyView(GenericAPIView):
    """Apply to be an affiliate (once)."""

    permission_classes = [IsAuthenticated]
    serializer_class = AffiliateApplySerializer

    @extend_schema(
        tags=[TAG],
        summary="Apply to be an affiliate",
        description="Creates your affiliate account with the status `applied` (or `approved` "
        "when the shop approves every application) and an unguessable referral `code`. A user "
        "applies once: a second application is a 400 that says where yours stands.",
        responses={201: AffiliateAccountSerializer, **error_responses(*BODY_ERRORS, 401)},
    )
    def post(self, request):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        affiliate = services.affiliate_apply(user=request.user, **serializer.validated_data)
        return Response(AffiliateAccountSerializer(affiliate).data, status=status.HTTP_201_CREATED)
