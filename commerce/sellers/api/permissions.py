"""Who may use a seller's own endpoints (/api/v1/seller/...)."""

from rest_framework.permissions import IsAuthenticated

from commerce.sellers.selectors.access import approved_seller_of


class IsApprovedSeller(IsAuthenticated):
    """Signed in (else 401) and an approved seller (else 403). The seller is then at
    `request.seller` for the view to scope its queries with."""

    message = (
        "Only approved sellers can use this endpoint: apply with POST /api/v1/seller/apply/ "
        "and wait for the shop's approval."
    )
    code = "not_approved_seller"

    def has_permission(self, request, view):
        if not super().has_permission(request, view):
            return False
        request.seller = approved_seller_of(user=request.user)
        return request.seller is not None
