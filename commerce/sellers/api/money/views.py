"""A seller's money: their balance and ledger, their payouts and payout requests. The writes
are commerce.sellers.services.payouts; their ValidationErrors become the API's 400 body."""

from django.utils.functional import cached_property
from drf_spectacular.utils import extend_schema
from rest_framework import generics, status
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from commerce.api.schema import BODY_ERRORS, COMMON_ERRORS, error_responses
from commerce.sellers.models import EarningEntry, Payout
from commerce.sellers.selectors.access import approved_seller_of
from commerce.sellers.selectors.earnings import seller_balance, seller_entries, seller_payouts
from commerce.sellers.services.payouts import payout_request

from ..permissions import IsApprovedSeller
from .serializers import (
    BalanceSerializer,
    EarningEntrySerializer,
    EarningsPageSerializer,
    PayoutRequestSerializer,
    PayoutSerializer,
)

TAG = "seller money"


class SellerMoneyView(generics.GenericAPIView):
    """An approved seller's own endpoint: `self.seller` is the caller's seller profile."""

    permission_classes = [IsAuthenticated, IsApprovedSeller]

    @cached_property
    def seller(self):
        return approved_seller_of(user=self.request.user)


class EarningsView(SellerMoneyView, generics.ListAPIView):
    """The seller's balance and ledger."""

    serializer_class = EarningEntrySerializer

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # schema generation, no user
            return EarningEntry.objects.none()
        return seller_entries(seller=self.seller)

    @extend_schema(
        tags=[TAG],
        summary="Your balance (pending, available) and your ledger entries, newest first",
        responses={200: EarningsPageSerializer, **error_responses(401, 403, 404, *COMMON_ERRORS)},
    )
    def get(self, request, *args, **kwargs):
        response = self.list(request, *args, **kwargs)
        balance = BalanceSerializer(seller_balance(seller=self.seller)).data
        response.data = {"balance": balance, **response.data}
        return response


class PayoutsView(SellerMoneyView, generics.ListCreateAPIView):
    """The seller's payouts; a new request takes the amount out of their available balance."""

    serializer_class = PayoutSerializer

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Payout.objects.none()
        return seller_payouts(seller=self.seller)

    @extend_schema(
        tags=[TAG],
        summary="Your payouts, newest first",
        responses={
            200: PayoutSerializer(many=True),
            **error_responses(401, 403, 404, *COMMON_ERRORS),
        },
    )
    def get(self, request, *args, **kwargs):
        return self.list(request, *args, **kwargs)

    @extend_schema(
        tags=[TAG],
        summary="Ask to be paid (everything available unless you give an amount)",
        request=PayoutRequestSerializer,
        responses={201: PayoutSerializer, **error_responses(*BODY_ERRORS, 401, 403)},
    )
    def post(self, request, *args, **kwargs):
        serializer = PayoutRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        payout = payout_request(
            seller=self.seller,
            amount=serializer.validated_data.get("amount"),
            created_by=request.user,
        )
        return Response(PayoutSerializer(payout).data, status=status.HTTP_201_CREATED)
