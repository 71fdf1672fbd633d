"""The shopper's Bonus points page in their account: balance and its value, upcoming expiry,
history."""

from django.contrib.auth.mixins import LoginRequiredMixin
from django.utils.translation import gettext_lazy as _
from django.views import generic
from oscar.core.loading import get_class

from commerce.points.selectors.account import points_history, points_overview
from commerce.points.selectors.balance import points_account_of, points_value
from commerce.points.selectors.expiry import points_expiring

PageTitleMixin = get_class("customer.mixins", "PageTitleMixin")


class PointsAccountView(LoginRequiredMixin, PageTitleMixin, generic.ListView):
    """Signed-in shoppers only; a shopper who never had points sees an empty account."""

    template_name = "points/account.html"
    context_object_name = "entries"
    paginate_by = 20
    page_title = _("Bonus points")
    active_tab = "points"

    def get_queryset(self):
        self.account = points_account_of(user=self.request.user)
        return points_history(account=self.account)

    def get_context_data(self, **kwargs):
        expiring = points_expiring(account=self.account)
        return super().get_context_data(
            overview=points_overview(account=self.account),
            expiring=[(expiry, points_value(points=expiry.points)) for expiry in expiring],
            **kwargs,
        )
