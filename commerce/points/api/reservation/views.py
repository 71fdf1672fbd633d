"""The points an API client's shopper spends on their checkout: their open Oscar basket, the
same the site's checkout uses when they sign in. Writes are commerce.points.services.reservations
(the same the site's "Use bonus points" form calls); its ValidationError is the API's 400."""

from drf_spectacular.utils import extend_schema
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from commerce.api.schema import BODY_ERRORS, COMMON_ERRORS, error_responses
from commerce.points.selectors.basket import basket_offers_applied, basket_points_spending
from commerce.points.services import reservations as services

from .serializers import PointsReservationSerializer, PointsReserveSerializer

TAG = "points"


class PointsReservationView(APIView):
    """The points chosen for the shopper's checkout."""

    # A plain APIView: there is no object to look up (OPTIONS would ask a generic view for one).
    permission_classes = [IsAuthenticated]

    def _answer(self, basket):
        user = self.request.user
        spending = basket_points_spending(
            basket=basket_offers_applied(basket=basket, user=user), user=user
        )
        return Response(PointsReservationSerializer(spending).data)

    @extend_schema(
        tags=[TAG],
        summary="The points chosen for your checkout",
        description="The points chosen for your open basket (the one the site's checkout uses "
        "when you sign in), the money off they give it now, and the most it may take.",
        responses={200: PointsReservationSerializer, **error_responses(401, *COMMON_ERRORS)},
    )
    def get(self, request):
        # Opened if missing, as the site opens it on a signed-in shopper's first page.
        return self._answer(services.basket_open_for(user=request.user))

    @extend_schema(
        tags=[TAG],
        summary="Choose the points to spend on your checkout",
        description="Spends `points` on your open basket when the order is placed (0 spends "
        "none). No more than your available points and the share of the goods points may pay "
        "(`max_usable`): else a 400 naming the limit, and nothing changes. Points are taken "
        "from your balance only when the order is placed.",
        request=PointsReserveSerializer,
        responses={200: PointsReservationSerializer, **error_responses(*BODY_ERRORS, 401)},
    )
    def put(self, request):
        serializer = PointsReserveSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        basket = services.basket_open_for(user=request.user)
        services.points_reserve(
            basket=basket, user=request.user, points=serializer.validated_data["points"]
        )
        return self._answer(basket)

    @extend_schema(
        tags=[TAG],
        summary="Spend no points on your checkout",
        request=None,
        responses={200: PointsReservationSerializer, **error_responses(401, *COMMON_ERRORS)},
    )
    def delete(self, request):
        basket = services.basket_open_for(user=request.user)
        services.points_reservation_clear(basket=basket, user=request.user)
        return self._answer(basket)
