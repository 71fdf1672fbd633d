"""Finding shoppers for staff's points screens."""

from django.contrib.auth import get_user_model
from django.db.models import QuerySet


def points_shoppers_for_staff(*, email: str = "") -> QuerySet:
    """Accounts whose email contains `email`, or with no search every shopper who has a points
    account; newest first."""
    users = get_user_model().objects.select_related("points_account")
    email = email.strip()
    if email:
        users = users.filter(email__icontains=email)
    else:
        users = users.filter(points_account__isnull=False)
    return users.order_by("-date_joined", "-pk")
