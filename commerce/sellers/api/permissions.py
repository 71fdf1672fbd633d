"""Who may use the seller endpoints (/api/v1/seller/...)."""

from rest_framework.permissions import BasePermission

from commerce.sellers.selectors.access import approved_seller_of


class IsApprovedSeller(BasePermission):
    """Only an approved seller: anyone else signed in is answered 403. The seller is kept on
    the request as `request.seller`, so views scope to it without asking again."""

    message = (
        "Only approved sellers may use this endpoint. Apply with POST /api/v1/seller/apply/ "
        "and wait for the shop to approve you."
    )

    def has_permission(self, request, view) -> bool:
        seller = approved_seller_of(user=request.user)
        request.seller = seller
        return seller is not None
