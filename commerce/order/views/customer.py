"""The shopper's order page (Oscar's, via commerce.core.loading): each line's status, its
tracking and refunds, the bank-transfer instructions again, and a cancel button while nothing
of the order has shipped."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from oscar.apps.customer import views

from commerce.checkout.selectors import order_bank_transfer_instructions

from .. import services
from ..exceptions import OrderChangeRefused
from ..selectors import order_progress


class OrderDetailView(views.OrderDetailView):
    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["progress"] = order_progress(order=self.object)
        ctx["bank_transfer"] = order_bank_transfer_instructions(order=self.object)
        return ctx

    def do_cancel(self, order):
        """POST action=cancel (Oscar's PostActionMixin): the shopper cancels their order."""
        try:
            services.order_cancel(
                order=order, user=self.request.user, reason=_("Cancelled by the customer")
            )
        except OrderChangeRefused as refusal:
            messages.error(self.request, refusal.message)
        else:
            messages.success(
                self.request, _("Your order %(number)s is cancelled.") % {"number": order.number}
            )
        self.response = redirect("customer:order", order_number=order.number)


class OrderHistoryView(views.OrderHistoryView):
    """Oscar's order history with each order's lines loaded with the page (it shows how many
    items each order has): one query for all of them, not one per order."""

    def get_queryset(self):
        return super().get_queryset().prefetch_related("lines")
