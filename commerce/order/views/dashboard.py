"""Oscar's dashboard order page (via commerce.core.loading) with the lifecycle's actions: ship
lines with a carrier and tracking reference, record delivery, cancel lines or the whole order,
refund lines (some quantity of each) or the whole order with a reason and a restock choice.
Each action is one call of a lifecycle service; its refusal is shown as a message.

These screens are staff's. A non-staff user (a marketplace seller, a partner user) is handed to
the seller's own scoped views (commerce.sellers.dashboard.orders.views) or refused."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from oscar.apps.dashboard.orders import views

from .. import services
from ..exceptions import OrderChangeRefused
from ..statuses import LineStatus

SELLER_VIEWS = "commerce.sellers.dashboard.orders.views."


class StaffOrSeller:
    """Staff get Oscar's screen; anyone else gets `seller_view` (a dotted path), or a 403 when
    the screen has none (the whole order's address and statistics are staff's alone). A seller's
    view subclassing a staff view sets `seller_view = None`: it serves the seller itself."""

    seller_view: str | None = ""

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_staff or self.seller_view is None:
            return super().dispatch(request, *args, **kwargs)
        if not self.seller_view:
            raise PermissionDenied
        return import_string(self.seller_view).as_view()(request, *args, **kwargs)


class OrderListView(StaffOrSeller, views.OrderListView):
    seller_view = SELLER_VIEWS + "SellerOrderListView"

    def change_order_status(self, request, order):
        # Oscar's bulk status change only expects payment errors.
        try:
            return super().change_order_status(request, order)
        except OrderChangeRefused as refusal:
            messages.error(request, refusal.message)


class OrderDetailView(StaffOrSeller, views.OrderDetailView):
    seller_view = SELLER_VIEWS + "SellerOrderDetailView"
    order_actions = (*views.OrderDetailView.order_actions, "cancel_order", "refund_order")
    line_actions = (
        *views.OrderDetailView.line_actions,
        "ship_lines",
        "deliver_lines",
        "cancel_lines",
        "refund_lines",
    )

    def _run(self, success: str, service, **kwargs):
        try:
            service(user=self.request.user, **kwargs)
        except OrderChangeRefused as refusal:
            messages.error(self.request, refusal.message)
        else:
            messages.success(self.request, success)
        return self.reload_page()

    # Order-level actions

    def change_order_status(self, request, order):
        # Oscar's status form lands in the lifecycle services through the EventHandler.
        try:
            return super().change_order_status(request, order)
        except OrderChangeRefused as refusal:
            messages.error(request, refusal.message)
            return self.reload_page()

    def cancel_order(self, request, order):
        reason = request.POST.get("reason", "").strip()
        return self._run(_("Order cancelled."), services.order_cancel, order=order, reason=reason)

    def refund_order(self, request, order):
        return self._run(
            _("Everything left of the order was refunded."),
            services.order_refund,
            order=order,
            reason=request.POST.get("reason", "").strip(),
            restock=bool(request.POST.get("restock")),
        )

    # Line-level actions (Oscar has checked the lines and quantities)

    def ship_lines(self, request, order, lines, quantities):
        return self._run(
            _("Shipment recorded; the customer has been emailed."),
            services.order_lines_ship,
            order=order,
            line_quantities=dict(zip(lines, quantities, strict=True)),
            carrier=request.POST.get("carrier", "").strip(),
            reference=request.POST.get("tracking_reference", "").strip(),
        )

    def deliver_lines(self, request, order, lines, quantities):
        return self._run(
            _("Delivery recorded."),
            services.order_lines_deliver,
            order=order,
            line_quantities=dict(zip(lines, quantities, strict=True)),
        )

    def cancel_lines(self, request, order, lines, quantities):
        return self._run(
            _("Lines cancelled; the customer has been emailed."),
            services.order_lines_cancel,
            order=order,
            lines=lines,
            reason=request.POST.get("reason", "").strip(),
        )

    def refund_lines(self, request, order, lines, quantities):
        return self._run(
            _("Refund recorded; the customer has been emailed."),
            services.order_refund,
            order=order,
            line_quantities=dict(zip(lines, quantities, strict=True)),
            reason=request.POST.get("reason", "").strip(),
            restock=bool(request.POST.get("restock")),
        )

    def change_line_statuses(self, request, order, lines, quantities):
        # Statuses that move stock or money have their own actions; only the bookkeeping
        # step "Being processed" is set directly.
        if request.POST.get("new_status", "").strip() != LineStatus.BEING_PROCESSED:
            messages.error(
                request,
                _(
                    "Use “Ship”, “Delivered”, “Cancel” or “Refund” for that status, so that "
                    "stock, money and the customer's emails follow."
                ),
            )
            return self.reload_page()
        return super().change_line_statuses(request, order, lines, quantities)


class LineDetailView(StaffOrSeller, views.LineDetailView):
    seller_view = SELLER_VIEWS + "SellerLineDetailView"


class ShippingAddressUpdateView(StaffOrSeller, views.ShippingAddressUpdateView):
    """Only staff change where an order goes."""


class OrderStatsView(StaffOrSeller, views.OrderStatsView):
    """Whole-order revenue is staff's; a seller's figures are on the seller home."""
