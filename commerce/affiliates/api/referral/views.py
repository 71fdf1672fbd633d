"""A shopper gives an affiliate's referral code through the API: it attributes their open
basket (the one the site's checkout places), so the order is that affiliate's referral with
source `api`. Writes are commerce.affiliates.services.tracking, the rules a link follows."""

from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from commerce.affiliates.services import tracking as services
from commerce.api.schema import BODY_ERRORS, COMMON_ERRORS, error_responses

from .serializers import BasketReferralSerializer, ReferralCodeSerializer

TAG = "affiliates"


class BasketReferralView(APIView):
    # A plain APIView: there is no object to look up (OPTIONS would ask a generic view for one).
    permission_classes = [IsAuthenticated]

    @extend_schema(
        tags=[TAG],
        summary="Give an affiliate's referral code for your next order",
        description="Attributes your open basket to the affiliate whose `code` you give: the "
        "order you then place is their referral (source `api`) and earns them a commission. "
        "A later referral link you follow on the site replaces it (the last referrer earns). "
        "An unknown code, the code of an affiliate who cannot earn now, or your own code is a "
        "400 saying which.",
        request=ReferralCodeSerializer,
        responses={200: BasketReferralSerializer, **error_responses(*BODY_ERRORS, 401)},
    )
    def put(self, request):
        serializer = ReferralCodeSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        attribution = services.basket_referral_code_set(
            basket=services.shopper_open_basket(user=request.user),
            code=serializer.validated_data["code"],
            user=request.user,
        )
        return Response(BasketReferralSerializer(attribution).data)

    @extend_schema(
        tags=[TAG],
        summary="Take back the referral code of your open basket",
        request=None,
        responses={204: None, **error_responses(401, *COMMON_ERRORS)},
    )
    def delete(self, request):
        services.basket_referral_code_clear(user=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)
