"""Money screens of the sellers dashboard. Staff: commission rules, and payouts (decide, export
as CSV). A seller: their earnings (balance, ledger, payouts) and a payout request. Access is
set per URL name in commerce.sellers.dashboard.apps (staff by default)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse_lazy
from django.views import generic

from commerce.core.csv import csv_download
from commerce.sellers.models import CommissionRule, Payout
from commerce.sellers.selectors.access import approved_seller_of
from commerce.sellers.selectors.earnings import (
    payouts_for_staff,
    seller_balance,
    seller_entries,
    seller_payouts,
)
from commerce.sellers.services.payouts import (
    payout_approve,
    payout_mark_paid,
    payout_reject,
    payout_request,
)

from .forms import (
    CommissionRuleForm,
    PayoutFilterForm,
    PayoutPaidForm,
    PayoutRejectForm,
    PayoutRequestForm,
)

TEMPLATES = "sellers/dashboard/money"


def _refusal(error: ValidationError) -> str:
    return " ".join(error.messages)


# ------------------------------------------------------------------ commission rules (staff)


class CommissionRuleListView(generic.ListView):
    context_object_name = "rules"
    template_name = f"{TEMPLATES}/commission_rule_list.html"
    paginate_by = 50

    def get_queryset(self):
        return CommissionRule.objects.select_related(
            "seller", "product", "category", "product_class"
        )


class CommissionRuleCreateView(generic.CreateView):
    model = CommissionRule
    form_class = CommissionRuleForm
    template_name = f"{TEMPLATES}/commission_rule_form.html"
    success_url = reverse_lazy("sellers_dashboard:commission-rule-list")

    def form_valid(self, form):
        messages.success(self.request, "Commission rule created.")
        return super().form_valid(form)


class CommissionRuleUpdateView(generic.UpdateView):
    model = CommissionRule
    form_class = CommissionRuleForm
    context_object_name = "rule"
    template_name = f"{TEMPLATES}/commission_rule_form.html"
    success_url = reverse_lazy("sellers_dashboard:commission-rule-list")

    def form_valid(self, form):
        messages.success(
            self.request, "Commission rule saved. It applies to orders placed from now on."
        )
        return super().form_valid(form)


class CommissionRuleDeleteView(generic.DeleteView):
    model = CommissionRule
    context_object_name = "rule"
    template_name = f"{TEMPLATES}/commission_rule_delete.html"
    success_url = reverse_lazy("sellers_dashboard:commission-rule-list")


# ------------------------------------------------------------------ payouts (staff)


class PayoutListView(generic.ListView):
    """Every seller's payouts, filterable by status; `?format=csv` downloads them."""

    context_object_name = "payouts"
    template_name = f"{TEMPLATES}/payout_list.html"
    paginate_by = 50
    CSV_COLUMNS = ["Seller", "Amount", "Status", "Requested", "Decided", "Paid", "Reference"]

    def get_queryset(self):
        self.filter_form = PayoutFilterForm(self.request.GET or None)
        status = self.filter_form.cleaned_data["status"] if self.filter_form.is_valid() else ""
        return payouts_for_staff(status=status)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            filter_form=self.filter_form,
            reject_form=PayoutRejectForm(),
            paid_form=PayoutPaidForm(),
            **kwargs,
        )


class PayoutExportView(PayoutListView):
    def get(self, request, *args, **kwargs):
        return csv_download(
            name="payouts",
            header=self.CSV_COLUMNS,
            rows=(
                [
                    payout.seller.name,
                    payout.amount,
                    payout.get_status_display(),
                    payout.requested_at.isoformat(),
                    payout.decided_at.isoformat() if payout.decided_at else "",
                    payout.paid_at.isoformat() if payout.paid_at else "",
                    payout.reference,
                ]
                for payout in self.get_queryset()
            ),
        )


class PayoutDecideView(generic.View):
    """POST only: approve, reject (with a reason) or mark paid (with a reference)."""

    action = ""

    def post(self, request, pk):
        payout = get_object_or_404(Payout, pk=pk)
        try:
            if self.action == "approve":
                payout_approve(payout=payout, by=request.user)
                messages.success(request, f"Payout #{pk} approved; the seller was emailed.")
            elif self.action == "reject":
                form = PayoutRejectForm(request.POST)
                if not form.is_valid():
                    raise ValidationError("Give the seller a reason for rejecting the payout.")
                payout_reject(payout=payout, by=request.user, reason=form.cleaned_data["reason"])
                messages.success(request, f"Payout #{pk} rejected; the amount is available again.")
            else:
                payout_mark_paid(
                    payout=payout, by=request.user, reference=request.POST.get("reference", "")
                )
                messages.success(request, f"Payout #{pk} marked paid; the seller was emailed.")
        except ValidationError as refused:
            messages.error(request, _refusal(refused))
        return redirect("sellers_dashboard:payout-list")


# ------------------------------------------------------------------ earnings (a seller)


class SellerEarningsView(generic.FormView):
    """An approved seller's balance, ledger history and payouts, and the request form."""

    form_class = PayoutRequestForm
    template_name = f"{TEMPLATES}/seller_earnings.html"
    ENTRIES_PER_PAGE = 25

    def dispatch(self, request, *args, **kwargs):
        self.seller = approved_seller_of(user=request.user)
        if self.seller is None:
            raise PermissionDenied("Only approved sellers have earnings.")
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        entries = Paginator(seller_entries(seller=self.seller), self.ENTRIES_PER_PAGE)
        page = entries.get_page(self.request.GET.get("page"))
        return super().get_context_data(
            seller=self.seller,
            balance=seller_balance(seller=self.seller),
            page_obj=page,
            paginator=entries,
            is_paginated=page.has_other_pages(),
            payouts=seller_payouts(seller=self.seller)[:20],
            **kwargs,
        )

    def form_valid(self, form):
        try:
            payout = payout_request(
                seller=self.seller,
                amount=form.cleaned_data["amount"],
                created_by=self.request.user,
            )
        except ValidationError as refused:
            form.add_error("amount", _refusal(refused))
            return self.form_invalid(form)
        messages.success(
            self.request, f"Payout of £{payout.amount} requested; we will email you our decision."
        )
        return redirect("sellers_dashboard:seller-earnings")
