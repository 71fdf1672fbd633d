"""An approved affiliate's own endpoints: their figures, links, clicks, commissions and
payouts (commerce.affiliates.selectors.area). Everything is scoped to `request.affiliate`,
which IsApprovedAffiliate sets; anyone else gets 403."""

from django.conf import settings
from drf_spectacular.utils import extend_schema
from rest_framework import generics
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from commerce.affiliates.models import AffiliatePayout, Click, Commission
from commerce.affiliates.selectors import area
from commerce.affiliates.selectors.links import LinkRefused, referral_link
from commerce.api.schema import COMMON_ERRORS, error_responses

from ..permissions import IsApprovedAffiliate
from .serializers import (
    AffiliatePayoutSerializer,
    ClickSerializer,
    CommissionSerializer,
    LinkQuerySerializer,
    LinkSerializer,
    SummaryQuerySerializer,
    SummarySerializer,
)

TAG = "affiliate area"
DENIED = error_responses(401, 403, *COMMON_ERRORS)


def site_root(request) -> str:
    return request.build_absolute_uri("/")


class SummaryView(APIView):
    permission_classes = [IsApprovedAffiliate]

    @extend_schema(
        tags=[TAG],
        summary="Your clicks, orders, conversion rate and earnings, and a daily series",
        parameters=[SummaryQuerySerializer],
        responses={200: SummarySerializer, **error_responses(400), **DENIED},
    )
    def get(self, request):
        query = SummaryQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        days = query.validated_data["days"]
        affiliate = request.affiliate
        summary = area.affiliate_summary(affiliate=affiliate, periods=(None, days))
        body = {
            "code": affiliate.code,
            "link": referral_link(affiliate=affiliate, site_root=site_root(request)),
            "currency": settings.OSCAR_DEFAULT_CURRENCY,
            "days": days,
            "periods": summary.periods,
            "balance": summary.balance,
            "paid_out": summary.paid_out,
            "in_payment": summary.in_payment,
            "series": area.affiliate_daily_series(affiliate=affiliate, days=days),
        }
        return Response(SummarySerializer(body).data)


class LinksView(APIView):
    permission_classes = [IsApprovedAffiliate]

    @extend_schema(
        tags=[TAG],
        summary="Your referral link, and with ?url= your link to any page of the shop",
        parameters=[LinkQuerySerializer],
        responses={200: LinkSerializer, **error_responses(400), **DENIED},
    )
    def get(self, request):
        query = LinkQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        affiliate, root = request.affiliate, site_root(request)
        url = query.validated_data["url"]
        try:
            link = referral_link(affiliate=affiliate, site_root=root, url=url) if url else None
        except LinkRefused as refusal:
            raise ValidationError({"url": [str(refusal)]}, code="not_this_shop") from None
        body = {
            "code": affiliate.code,
            "param": settings.AFFILIATE_REF_PARAM,
            "link": referral_link(affiliate=affiliate, site_root=root),
            "url": link,
        }
        return Response(LinkSerializer(body).data)


class AffiliateListView(generics.ListAPIView):
    """A page of the affiliate's own rows, newest first."""

    permission_classes = [IsApprovedAffiliate]
    model = None
    selector = None

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # schema generation, no user
            return self.model.objects.none()
        return type(self).selector(affiliate=self.request.affiliate)


class ClicksView(AffiliateListView):
    serializer_class = ClickSerializer
    model = Click
    selector = area.affiliate_clicks

    @extend_schema(
        tags=[TAG],
        summary="Your clicks, newest first",
        responses={200: ClickSerializer(many=True), **DENIED},
    )
    def get(self, request, *args, **kwargs):
        return self.list(request, *args, **kwargs)


class CommissionsView(AffiliateListView):
    serializer_class = CommissionSerializer
    model = Commission
    selector = area.affiliate_commissions

    @extend_schema(
        tags=[TAG],
        summary="Your commissions with their order's number and date, newest first",
        responses={200: CommissionSerializer(many=True), **DENIED},
    )
    def get(self, request, *args, **kwargs):
        return self.list(request, *args, **kwargs)


class PayoutsView(AffiliateListView):
    serializer_class = AffiliatePayoutSerializer
    model = AffiliatePayout
    selector = area.affiliate_payouts

    @extend_schema(
        tags=[TAG],
        summary="Your payouts, newest first",
        responses={200: AffiliatePayoutSerializer(many=True), **DENIED},
    )
    def get(self, request, *args, **kwargs):
        return self.list(request, *args, **kwargs)
