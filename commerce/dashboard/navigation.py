"""The dashboard menu (OSCAR_DASHBOARD_NAVIGATION): Oscar's, without its flatpages screens
(editors have one place for content, Wagtail), plus the shop's own screens (sellers,
affiliates, commissions and payouts, a seller's earnings, webhooks) and a "CMS" entry back to
the Wagtail admin. Whole-shop figures are staff's only; a seller's own are on their home.

Settings import DASHBOARD_NAVIGATION, so this module must not import models or Oscar classes.
"""

from django.utils.translation import gettext_lazy as _
from oscar.defaults import OSCAR_DASHBOARD_NAVIGATION

HIDDEN_URL_NAMES = {"dashboard:page-list"}


def cms_access(user, url_name, url_args=None, url_kwargs=None) -> bool:
    """The CMS entry shows to users who may use the Wagtail admin."""
    # Oscar's default access rule only knows dashboard URLs, so the entry brings its own
    # (Oscar calls a menu entry's "access_fn" instead of the default one).
    return user.has_perm("wagtailadmin.access_admin")


def seller_access(user, url_name, url_args=None, url_kwargs=None) -> bool:
    """Entries for an approved seller's own screens (not for staff, who sell nothing)."""
    from commerce.sellers.selectors.access import approved_seller_of

    return approved_seller_of(user=user) is not None


#: Whole-shop figures: a seller's own are on the seller home (commerce.sellers.dashboard).
STAFF_ONLY_URL_NAMES = {"dashboard:order-stats"}


def staff_access(user, url_name, url_args=None, url_kwargs=None) -> bool:
    """Entries for staff alone: Oscar's own rule, but never for a partner user."""
    from oscar.apps.dashboard.nav import default_access_fn  # loads apps: not at settings time

    return user.is_staff and default_access_fn(user, url_name, url_args, url_kwargs)


def _child(child: dict) -> dict:
    if child.get("url_name") in STAFF_ONLY_URL_NAMES:
        return {**child, "access_fn": staff_access}
    return child


def _section(section: dict) -> dict:
    if "children" not in section:
        return section
    children = [
        _child(child)
        for child in section["children"]
        if child.get("url_name") not in HIDDEN_URL_NAMES
    ]
    return {**section, "children": children}


DASHBOARD_NAVIGATION = [_section(section) for section in OSCAR_DASHBOARD_NAVIGATION] + [
    {
        "label": _("Sellers"),
        "icon": "fas fa-store",
        "url_name": "sellers_dashboard:seller-list",
    },
    {
        "label": _("Webhooks"),
        "icon": "fas fa-satellite-dish",
        "url_name": "webhooks_dashboard:webhook-list",
    },
    {
        "label": _("Commissions & payouts"),
        "icon": "fas fa-hand-holding-usd",
        "children": [
            {
                "label": _("Commission rules"),
                "url_name": "sellers_dashboard:commission-rule-list",
            },
            {
                "label": _("Payouts"),
                "url_name": "sellers_dashboard:payout-list",
            },
        ],
    },
    {
        "label": _("Affiliates"),
        "icon": "fas fa-bullhorn",
        "children": [
            {
                "label": _("Affiliates"),
                "url_name": "affiliates_dashboard:affiliate-list",
            },
            {
                "label": _("Commissions"),
                "url_name": "affiliates_dashboard:affiliate-commission-list",
            },
            {
                "label": _("Payouts"),
                "url_name": "affiliates_dashboard:affiliate-payout-list",
            },
            {
                "label": _("Category rates"),
                "url_name": "affiliates_dashboard:affiliate-category-rate-list",
            },
        ],
    },
    {
        "label": _("Bonus points"),
        "icon": "fas fa-coins",
        "url_name": "points_dashboard:points-shopper-list",
    },
    {
        "label": _("Earnings"),
        "icon": "fas fa-wallet",
        "url_name": "sellers_dashboard:seller-earnings",
        "access_fn": seller_access,
    },
    {
        "label": _("CMS"),
        "icon": "fas fa-pen-nib",
        "url_name": "wagtailadmin_home",
        "access_fn": cms_access,
    },
]
