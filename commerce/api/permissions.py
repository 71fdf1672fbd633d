"""Permissions shared by the API's domains."""

from collections.abc import Callable

from rest_framework.permissions import IsAuthenticated


class IsApprovedMember(IsAuthenticated):
    """Signed in (else 401) and approved in a role (else 403): `member_of(user=)` is the role's
    selector (a staticmethod) returning the approved row or None; the row is then at
    `request.<request_attribute>` for the view to scope its queries with."""

    member_of: Callable
    request_attribute: str

    def has_permission(self, request, view):
        if not super().has_permission(request, view):
            return False
        member = self.member_of(user=request.user)
        setattr(request, self.request_attribute, member)
        return member is not None
