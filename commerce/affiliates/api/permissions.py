"""Who may use an affiliate's own endpoints (/api/v1/affiliate/...)."""

from rest_framework.permissions import IsAuthenticated

from commerce.affiliates.selectors.onboarding import approved_affiliate_of
from commerce.api.errors import ErrorCode


class IsApprovedAffiliate(IsAuthenticated):
    """Signed in (else 401) and an approved affiliate (else 403). The affiliate is then at
    `request.affiliate` for the view to scope its queries with."""

    message = (
        "Only approved affiliates can use this endpoint: apply with POST "
        "/api/v1/affiliate/apply/ and wait for the shop's approval."
    )
    code = ErrorCode.NOT_APPROVED_AFFILIATE.value

    def has_permission(self, request, view):
        if not super().has_permission(request, view):
            return False
        request.affiliate = approved_affiliate_of(user=request.user)
        return request.affiliate is not None
