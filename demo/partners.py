"""Demo sellers: the shop's own partner plus two marketplace sellers with dashboard logins."""

from django.conf import settings
from django.contrib.auth import get_user_model
from oscar.core.loading import get_model

from demo.data import PARTNERS

Partner = get_model("partner", "Partner")


def demo_partners_build() -> dict[str, object]:
    """Create the three partner records and link each seller's user to theirs; by code."""
    User = get_user_model()
    partners = {}
    for code, name, email in PARTNERS:
        partner, _ = Partner.objects.get_or_create(
            code=code, defaults={"name": name or settings.OSCAR_SHOP_NAME}
        )
        if email:
            # Oscar's dashboard shows a user with partner.dashboard_access only the
            # products and orders of the partners listed in partner.users.
            partner.users.add(User.objects.get(email__iexact=email))
        partners[code] = partner
    return partners
