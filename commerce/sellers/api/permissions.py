"""Who may use a seller's own endpoints (/api/v1/seller/...)."""

from commerce.api.errors import ErrorCode
from commerce.api.permissions import IsApprovedMember
from commerce.sellers.selectors.access import approved_seller_of


class IsApprovedSeller(IsApprovedMember):
    """Signed in (else 401) and an approved seller (else 403). The seller is then at
    `request.seller` for the view to scope its queries with."""

    message = (
        "Only approved sellers can use this endpoint: apply with POST /api/v1/seller/apply/ "
        "and wait for the shop's approval."
    )
    code = ErrorCode.NOT_APPROVED_SELLER.value
    member_of = staticmethod(approved_seller_of)
    request_attribute = "seller"
