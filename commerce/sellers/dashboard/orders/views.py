"""A seller's side of Oscar's dashboard order screens (/shop/dashboard/orders/). Oscar's URLs
stay; commerce.order.views.dashboard hands every non-staff user to these views, which show a
seller their own lines only and let them act on nothing else.

Decisions (issue 10):
- The order page shows the seller's lines, the name and address to ship them to (with the
  delivery instructions) and the shipping method; never the shopper's email or phone (the shop
  speaks to the shopper), the order's total, payments, other lines or their discounts.
- A seller ships their lines with a carrier and tracking reference, marks them delivered (on
  their word, as in Dokan and Mercur: the return window still protects the shopper) and cancels
  those not yet shipped, with a reason. Refunds, whole-order statuses and the shipping address
  stay with staff: those requests are refused with 403; another seller's line or order is a 404.
- Notes: a seller sees and edits only the notes written by users of their own partner; staff
  see every note on Oscar's screen; the shopper sees none.
"""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import ListView, View
from oscar.core.loading import get_class, get_model
from oscar.core.utils import format_datetime
from oscar.views.generic import BulkEditMixin

from commerce.core.csv import csv_download
from commerce.order.views.dashboard import OrderDetailView
from commerce.sellers.selectors.access import seller_lines, seller_of, seller_orders
from commerce.sellers.selectors.orders import (
    seller_lines_export,
    seller_order_lines,
    seller_order_list,
    seller_order_notes,
    seller_orders_search,
)

from .forms import SellerOrderSearchForm

Order = get_model("order", "Order")
OrderNoteForm = get_class("dashboard.orders.forms", "OrderNoteForm")


class SellerRequired:
    """The view serves the signed-in user's seller profile (`self.seller`), or refuses."""

    def dispatch(self, request, *args, **kwargs):
        # Any status: a suspended seller still fulfils the orders already placed.
        self.seller = seller_of(user=request.user)
        if self.seller is None:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class SellerOrderListView(SellerRequired, BulkEditMixin, ListView):
    """The orders holding the seller's lines, with the figures of those lines only; searched on
    their own lines; downloaded as a CSV of their own lines."""

    model = Order
    context_object_name = "orders"
    template_name = "sellers/dashboard/orders/order_list.html"
    paginate_by = settings.OSCAR_DASHBOARD_ITEMS_PER_PAGE
    actions = ("download_selected_orders",)
    checkbox_object_name = "order"
    CSV_COLUMNS = (
        gettext_lazy("Order number"),
        gettext_lazy("Date of purchase"),
        gettext_lazy("Product"),
        gettext_lazy("SKU"),
        gettext_lazy("Quantity"),
        gettext_lazy("Line price incl. tax"),
        gettext_lazy("Line status"),
        gettext_lazy("Ship to name"),
        gettext_lazy("Ship to city"),
    )

    def get(self, request, *args, **kwargs):
        # As Oscar's list: an exact number of one of their orders opens that order.
        number = request.GET.get("order_number", "").strip()
        own = seller_orders(seller=self.seller).filter(number=number)
        if number and not self.is_csv_download() and own.exists():
            return redirect("dashboard:order-detail", number=number)
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        self.form = SellerOrderSearchForm(self.request.GET or None)
        orders = seller_order_list(seller=self.seller)
        if self.form.is_valid():
            orders = seller_orders_search(orders=orders, seller=self.seller, **self.form.filters())
        return orders

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["form"] = self.form
        ctx["search_filters"] = self.form.descriptions() if self.form.is_bound else []
        return ctx

    def is_csv_download(self) -> bool:
        return self.request.GET.get("response_format") == "csv"

    def get_paginate_by(self, queryset):
        return None if self.is_csv_download() else self.paginate_by

    def render_to_response(self, context, **response_kwargs):
        if self.is_csv_download():
            return self.download_selected_orders(self.request, context["object_list"])
        return super().render_to_response(context, **response_kwargs)

    def download_selected_orders(self, request, orders):
        rows = (
            [
                line.order.number,
                format_datetime(line.order.date_placed, "DATETIME_FORMAT"),
                line.title,
                line.partner_sku,
                line.quantity,
                line.line_price_incl_tax,
                line.status,
                line.order.shipping_address.name if line.order.shipping_address else "",
                line.order.shipping_address.line4 if line.order.shipping_address else "",
            ]
            for line in seller_lines_export(seller=self.seller, orders=orders)
        )
        return csv_download(name="order-lines", header=self.CSV_COLUMNS, rows=rows)


class SellerOrderDetailView(SellerRequired, OrderDetailView):
    """The seller's lines of one order: ship, mark delivered or cancel them; their notes."""

    template_name = "sellers/dashboard/orders/order_detail.html"
    seller_view = None  # the seller's view itself (see commerce.order.views.dashboard)
    order_actions = ("save_note", "delete_note")
    line_actions = ("ship_lines", "deliver_lines", "cancel_lines")

    def get_object(self, queryset=None):
        orders = seller_orders(seller=self.seller).select_related("shipping_address__country")
        return get_object_or_404(orders, number=self.kwargs["number"])

    def get_order_lines(self):
        return seller_order_lines(seller=self.seller, order=self.object)

    def handle_order_action(self, request, order, action):
        if action not in self.order_actions:
            raise PermissionDenied
        return super().handle_order_action(request, order, action)

    def handle_line_action(self, request, order, action):
        if action not in self.line_actions:
            raise PermissionDenied
        own = {str(pk) for pk in self.get_order_lines().values_list("pk", flat=True)}
        if not set(request.POST.getlist("selected_line")) <= own:
            raise Http404
        return super().handle_line_action(request, order, action)

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        # Oscar's whole-order forms and payments are not the seller's business.
        for whole_order in (
            "order_status_form",
            "line_statuses",
            "shipping_event_types",
            "payment_event_types",
            "payment_transactions",
        ):
            del ctx[whole_order]
        lines = ctx["lines"]
        ctx["seller"] = self.seller
        ctx["seller_total"] = sum(line.line_price_incl_tax for line in lines)
        ctx["notes"] = seller_order_notes(seller=self.seller, order=self.object)
        return ctx

    def get_order_note_form(self):
        data = self.request.POST if self.request.method == "POST" else None
        kwargs = {"order": self.object, "user": self.request.user, "data": data}
        note_id = self.kwargs.get("note_id")
        if note_id:
            notes = seller_order_notes(seller=self.seller, order=self.object)
            note = get_object_or_404(notes, pk=note_id)
            if note.is_editable():
                kwargs["instance"] = note
        return OrderNoteForm(**kwargs)

    def delete_note(self, request, order):
        note_id = request.POST.get("note_id", "")
        if not note_id.isdigit():
            raise Http404
        note = get_object_or_404(seller_order_notes(seller=self.seller, order=order), pk=note_id)
        if not note.is_editable():
            messages.error(request, _("Only your own recent notes can be deleted."))
        else:
            note.delete()
            messages.info(request, _("Note deleted"))
        return self.reload_page(fragment="notes")

    def cancel_lines(self, request, order, lines, quantities):
        if not request.POST.get("reason", "").strip():
            messages.error(request, _("Give a reason for cancelling these lines."))
            return self.reload_page()
        return super().cancel_lines(request, order, lines, quantities)


class SellerLineDetailView(SellerRequired, View):
    """Oscar's line page, for a seller: their line is shown on their order page."""

    def get(self, request, number, line_id):
        lines = seller_lines(seller=self.seller)
        line = get_object_or_404(lines, order__number=number, pk=line_id)
        url = reverse("dashboard:order-detail", kwargs={"number": number})
        return redirect(f"{url}#line_{line.pk}")
