"""The signed-in shopper's own points: balance and history. Nobody sees another's."""

from django.conf import settings
from drf_spectacular.utils import extend_schema
from rest_framework import generics
from rest_framework.response import Response
from rest_framework.views import APIView

from commerce.api.schema import COMMON_ERRORS, error_responses
from commerce.points.models import PointsEntry
from commerce.points.selectors.account import points_history, points_overview
from commerce.points.selectors.balance import points_account_of

from .serializers import PointsEntrySerializer, PointsSerializer

TAG = "bonus points"
SIGNED_IN = error_responses(401, *COMMON_ERRORS)


class PointsView(APIView):
    @extend_schema(
        tags=[TAG],
        summary="Your available and pending points, their value and the next expiry",
        responses={200: PointsSerializer, **SIGNED_IN},
    )
    def get(self, request):
        overview = points_overview(account=points_account_of(user=request.user))
        body = {
            "available": overview.available,
            "pending": overview.pending,
            "available_value": overview.available_value,
            "pending_value": overview.pending_value,
            "currency": settings.OSCAR_DEFAULT_CURRENCY,
            "next_expiry": overview.next_expiry,
        }
        return Response(PointsSerializer(body).data)


class PointsEntriesView(generics.ListAPIView):
    serializer_class = PointsEntrySerializer

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # schema generation, no user
            return PointsEntry.objects.none()
        return points_history(account=points_account_of(user=self.request.user))

    @extend_schema(
        tags=[TAG],
        summary="The history of your points, newest first",
        responses={200: PointsEntrySerializer(many=True), **SIGNED_IN},
    )
    def get(self, request, *args, **kwargs):
        return self.list(request, *args, **kwargs)
