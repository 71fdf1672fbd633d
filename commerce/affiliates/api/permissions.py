"""Who may use an affiliate's own endpoints (/api/v1/affiliate/...)."""

from commerce.affiliates.selectors.onboarding import approved_affiliate_of
from commerce.api.errors import ErrorCode
from commerce.api.permissions import IsApprovedMember


class IsApprovedAffiliate(IsApprovedMember):
    """Signed in (else 401) and an approved affiliate (else 403). The affiliate is then at
    `request.affiliate` for the view to scope its queries with."""

    message = (
        "Only approved affiliates can use this endpoint: apply with POST "
        "/api/v1/affiliate/apply/ and wait for the shop's approval."
    )
    code = ErrorCode.NOT_APPROVED_AFFILIATE.value
    member_of = staticmethod(approved_affiliate_of)
    request_attribute = "affiliate"
