"""Who may use the seller's own endpoints (/api/v1/seller/...)."""

from rest_framework.permissions import BasePermission

from commerce.sellers.selectors.access import approved_seller_of


class IsApprovedSeller(BasePermission):
    """A signed-in user whose seller profile is approved (commerce.sellers.selectors.access).
    Anyone else gets 403 (401 when not signed in)."""

    message = "Only approved sellers can do this. Apply at /api/v1/seller/apply/ first."

    def has_permission(self, request, view) -> bool:
        return approved_seller_of(user=request.user) is not None
