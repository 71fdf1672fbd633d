"""A seller's orders and figures in /api/v1/seller/: an order shows their own lines only; an
order without any of their lines is a 404; anyone but an approved seller is a 403."""

from django.conf import settings
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
)
from oscar.core.loading import get_model
from rest_framework import exceptions, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from commerce.api.schema import BODY_ERRORS, COMMON_ERRORS, ErrorSerializer, error_responses
from commerce.order.exceptions import OrderChangeRefused
from commerce.order.statuses import LineStatus
from commerce.sellers.api.permissions import IsApprovedSeller
from commerce.sellers.selectors import orders as order_selectors
from commerce.sellers.selectors import stats
from commerce.sellers.services.orders import seller_lines_ship

from .serializers import (
    SellerOrderSerializer,
    SellerStatsSerializer,
    ShipRequestSerializer,
    StatsQuerySerializer,
)

Order = get_model("order", "Order")

TAG = "seller"
LINE_STATUSES = [
    LineStatus.PENDING,
    LineStatus.BEING_PROCESSED,
    LineStatus.SHIPPED,
    LineStatus.DELIVERED,
    LineStatus.CANCELLED,
    LineStatus.REFUNDED,
]
NUMBER = OpenApiParameter("number", str, OpenApiParameter.PATH)


class ShipRefused(exceptions.APIException):
    """409: the order lifecycle refused the shipment; the code and message say why."""

    status_code = 409
    default_code = "not_shippable"


@extend_schema_view(
    list=extend_schema(
        tags=[TAG],
        summary="Orders holding your lines, newest first (your lines only)",
        parameters=[
            OpenApiParameter(
                "status",
                str,
                enum=LINE_STATUSES,
                description="Only orders with one of your lines in this status.",
            )
        ],
        responses={
            200: SellerOrderSerializer(many=True),
            **error_responses(400, 401, 403, 404, *COMMON_ERRORS),
        },
    ),
    retrieve=extend_schema(
        tags=[TAG],
        summary="One order holding your lines, by order number (your lines only)",
        parameters=[NUMBER],
        responses={200: SellerOrderSerializer, **error_responses(401, 403, 404, *COMMON_ERRORS)},
    ),
)
class SellerOrderViewSet(viewsets.ReadOnlyModelViewSet):
    """The caller's orders as a seller."""

    permission_classes = [IsAuthenticated, IsApprovedSeller]
    serializer_class = SellerOrderSerializer
    lookup_field = "number"
    lookup_value_regex = "[^/]+"

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # schema generation, no user
            return Order.objects.none()
        status = self.request.query_params.get("status") if self.action == "list" else None
        if status and status not in LINE_STATUSES:
            raise exceptions.ValidationError(
                {"status": [f"Choose one of: {', '.join(LINE_STATUSES)}."]}
            )
        return order_selectors.seller_order_list(seller=self.request.seller, line_status=status)

    @extend_schema(
        tags=[TAG],
        summary="Ship units of your lines with a carrier and tracking reference",
        parameters=[NUMBER],
        request=ShipRequestSerializer,
        responses={
            200: SellerOrderSerializer,
            409: OpenApiResponse(
                response=ErrorSerializer,
                description="The lifecycle refused: more units than are left to ship, or the "
                "line is cancelled (code `not_shippable`).",
            ),
            **error_responses(401, 403, 404, *BODY_ERRORS),
        },
    )
    @action(detail=True, methods=["post"])
    def ship(self, request, number=None):
        order = self.get_object()
        serializer = ShipRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        parcel = serializer.validated_data
        try:
            seller_lines_ship(
                seller=request.seller,
                order=order,
                line_quantities={line["id"]: line["quantity"] for line in parcel["lines"]},
                carrier=parcel["carrier"],
                reference=parcel["reference"],
                user=request.user,
            )
        except OrderChangeRefused as refusal:
            raise ShipRefused(detail=refusal.message, code=str(refusal.code)) from None
        return Response(self.get_serializer(self.get_queryset().get(pk=order.pk)).data)


class SellerStatsView(APIView):
    """The caller's figures as a seller, and a daily series for charts."""

    permission_classes = [IsAuthenticated, IsApprovedSeller]

    @extend_schema(
        tags=[TAG],
        summary="Your sales, orders, items to ship and low-stock offers, and a daily series",
        parameters=[StatsQuerySerializer],
        responses={200: SellerStatsSerializer, **error_responses(400, 401, 403, *COMMON_ERRORS)},
    )
    def get(self, request):
        query = StatsQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        days = query.validated_data["days"]
        figures = stats.seller_figures(seller=request.seller, periods=self.periods(days))
        body = {
            "days": days,
            "currency": settings.OSCAR_DEFAULT_CURRENCY,
            "periods": figures.periods,
            "items_to_ship": figures.items_to_ship,
            "low_stock_offers": figures.low_stock_offers,
            "series": stats.seller_daily_series(seller=request.seller, days=days),
        }
        return Response(SellerStatsSerializer(body).data)

    @staticmethod
    def periods(days: int) -> tuple[int, ...]:
        # The home's periods up to the asked length, and that length itself.
        return tuple(sorted({*(p for p in stats.HOME_PERIODS if p < days), days}))
