"""The signed-in customer's own orders; anyone else's order number is a 404."""

from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
)
from rest_framework import exceptions, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from commerce.api.schema import COMMON_ERRORS, ErrorSerializer, error_responses
from commerce.order import services as order_services
from commerce.order.exceptions import OrderChangeRefused

from . import selectors
from .serializers import OrderSerializer

TAG = "orders"


@extend_schema_view(
    list=extend_schema(
        tags=[TAG],
        summary="Your orders, newest first",
        responses={200: OrderSerializer(many=True), **error_responses(401, 404, *COMMON_ERRORS)},
    ),
    retrieve=extend_schema(
        tags=[TAG],
        summary="One of your orders, by order number",
        parameters=[OpenApiParameter("number", str, OpenApiParameter.PATH)],
        responses={200: OrderSerializer, **error_responses(401, 404, *COMMON_ERRORS)},
    ),
)
class OrderViewSet(viewsets.ReadOnlyModelViewSet):
    """Orders placed by the caller."""

    permission_classes = [IsAuthenticated]
    serializer_class = OrderSerializer
    lookup_field = "number"
    lookup_value_regex = "[^/]+"

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # schema generation, no user
            return selectors.Order.objects.none()
        return selectors.order_list_for_user(user=self.request.user)

    class CancelRefused(exceptions.APIException):
        """409: the order can no longer be cancelled; the message says why."""

        status_code = 409
        default_code = "not_cancellable"

    @extend_schema(
        tags=[TAG],
        summary="Cancel one of your orders while nothing of it has shipped",
        parameters=[OpenApiParameter("number", str, OpenApiParameter.PATH)],
        request=None,
        responses={
            200: OrderSerializer,
            409: OpenApiResponse(
                response=ErrorSerializer,
                description="Part of the order has shipped, or it is already cancelled.",
            ),
            **error_responses(401, 404, *COMMON_ERRORS),
        },
    )
    @action(detail=True, methods=["post"])
    def cancel(self, request, number=None):
        order = self.get_object()
        try:
            order_services.order_cancel(
                order=order, user=request.user, reason="Cancelled by the customer"
            )
        except OrderChangeRefused as refusal:
            raise self.CancelRefused(detail=refusal.message, code=str(refusal.code)) from None
        return Response(self.get_serializer(self.get_queryset().get(pk=order.pk)).data)
