"""Who may use an affiliate's own endpoints (/api/v1/affiliate/...)."""

from rest_framework.permissions import IsAuthenticated

from commerce.affiliates.models import Affiliate, AffiliateStatus


class IsApprovedAffiliate(IsAuthenticated):
    """Signed in (else 401) and an approved affiliate (else 403). The affiliate is then at
    `request.affiliate` for the view to scope its queries with."""

    message = (
        "Only approved affiliates can use this endpoint: apply with POST "
        "/api/v1/affiliate/apply/ and wait for the shop's approval."
    )
    code = "not_approved_affiliate"

    def has_permission(self, request, view):
        if not super().has_permission(request, view):
            return False
        request.affiliate = Affiliate.objects.filter(
            user=request.user, status=AffiliateStatus.APPROVED
        ).first()
        return request.affiliate is not None
