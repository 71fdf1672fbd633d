"""Demo accounts: one per role, all signing in with settings.DEMO_PASSWORD."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

# Wagtail's own migrations create this group with page-editing and admin-access rights;
# cms_core 0004 lets it publish (and schedule) pages too.
WAGTAIL_EDITORS_GROUP = "Editors"


@dataclass(frozen=True)
class DemoAccount:
    email: str
    first_name: str
    last_name: str
    is_superuser: bool = False
    is_staff: bool = False
    groups: tuple[str, ...] = ()
    dashboard_access: bool = False


DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount("admin@example.com", "Ada", "Admin", is_superuser=True, is_staff=True),
    DemoAccount("editor@example.com", "Eddie", "Editor", groups=(WAGTAIL_EDITORS_GROUP,)),
    DemoAccount("seller1@example.com", "Sally", "One", dashboard_access=True),
    DemoAccount("seller2@example.com", "Sam", "Two", dashboard_access=True),
    DemoAccount("shopper@example.com", "Shona", "Shopper"),
    DemoAccount("affiliate@example.com", "Alfie", "Affiliate"),
    DemoAccount("applicant@example.com", "Aria", "Applicant"),  # applied to sell, pending
)


def demo_accounts_build(*, password: str) -> dict[str, object]:
    """Create or reset the demo accounts (roles, groups, password); returns them by email."""
    User = get_user_model()
    dashboard_access = Permission.objects.get(
        content_type__app_label="partner", codename="dashboard_access"
    )
    users = {}
    for account in DEMO_ACCOUNTS:
        user = User.objects.filter(email__iexact=account.email).first()
        if user is None:
            user = User(email=account.email)
        user.first_name = account.first_name
        user.last_name = account.last_name
        user.is_active = True
        user.is_staff = account.is_staff
        user.is_superuser = account.is_superuser
        user.email_verified_at = user.email_verified_at or timezone.now()
        # Re-set on every run, so a changed DEMO_PASSWORD takes effect; the hash is salted,
        # so only skip it when the current password already matches.
        if not user.check_password(password):
            user.set_password(password)
        user.save()
        user.groups.set([Group.objects.get_or_create(name=name)[0] for name in account.groups])
        if account.dashboard_access:
            user.user_permissions.add(dashboard_access)
        users[account.email] = user
    return users
