"""The signed-in customer's own orders; anyone else's order number is a 404."""

from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import viewsets
from rest_framework.permissions import IsAuthenticated

from commerce.api.schema import COMMON_ERRORS, error_responses

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
