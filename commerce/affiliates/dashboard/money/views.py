"""Money screens of the affiliates dashboard (staff): commissions, batching approved ones into
payouts, marking payouts paid and exporting them as CSV, category rates. The sellers' money
screens, mirrored."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse_lazy
from django.views import generic

from commerce.affiliates.models import AffiliatePayout, CategoryRate
from commerce.affiliates.selectors.earnings import commissions_for_staff, payouts_for_staff
from commerce.affiliates.services.payouts import payout_mark_paid, payouts_batch
from commerce.core.csv import csv_download

from .forms import CategoryRateForm, CommissionFilterForm, PayoutFilterForm

TEMPLATES = "affiliates/dashboard/money"


class _FilteredListView(generic.ListView):
    filter_form_class = None
    paginate_by = 50

    def status(self) -> str:
        self.filter_form = self.filter_form_class(self.request.GET or None)
        return self.filter_form.cleaned_data["status"] if self.filter_form.is_valid() else ""

    def get_context_data(self, **kwargs):
        return super().get_context_data(filter_form=self.filter_form, **kwargs)


# ------------------------------------------------------------------ commissions


class CommissionListView(_FilteredListView):
    """Every affiliate's commissions, filterable by status."""

    context_object_name = "commissions"
    template_name = f"{TEMPLATES}/commission_list.html"
    filter_form_class = CommissionFilterForm

    def get_queryset(self):
        return commissions_for_staff(status=self.status())

    def get_context_data(self, **kwargs):
        return super().get_context_data(minimum=settings.AFFILIATE_PAYOUT_MINIMUM, **kwargs)


# ------------------------------------------------------------------ payouts


class PayoutListView(_FilteredListView):
    """Every affiliate's payouts, filterable by status."""

    context_object_name = "payouts"
    template_name = f"{TEMPLATES}/payout_list.html"
    filter_form_class = PayoutFilterForm
    CSV_COLUMNS = [
        "Payout",
        "Affiliate",
        "Email",
        "Amount",
        "Status",
        "Batched",
        "Paid",
        "Reference",
    ]

    def get_queryset(self):
        return payouts_for_staff(status=self.status())


class PayoutExportView(PayoutListView):
    def get(self, request, *args, **kwargs):
        return csv_download(
            name="affiliate-payouts",
            header=self.CSV_COLUMNS,
            rows=(
                [
                    payout.pk,
                    payout.affiliate.code,
                    payout.affiliate.user.email,
                    payout.amount,
                    payout.get_status_display(),
                    payout.created_at.isoformat(),
                    payout.paid_at.isoformat() if payout.paid_at else "",
                    payout.reference,
                ]
                for payout in self.get_queryset()
            ),
        )


class PayoutsBatchView(generic.View):
    """POST only: batch every affiliate's approved commissions above the minimum."""

    def post(self, request):
        payouts = payouts_batch(by=request.user)
        if payouts:
            total = sum(payout.amount for payout in payouts)
            messages.success(request, f"{len(payouts)} payouts batched, £{total} in all.")
        else:
            messages.info(
                request,
                f"No affiliate has £{settings.AFFILIATE_PAYOUT_MINIMUM} of approved "
                "commissions to pay.",
            )
        return redirect("affiliates_dashboard:affiliate-payout-list")


class PayoutMarkPaidView(generic.View):
    """POST only: record a batched payout's transfer reference."""

    def post(self, request, pk):
        payout = get_object_or_404(AffiliatePayout, pk=pk)
        try:
            payout_mark_paid(
                payout=payout, by=request.user, reference=request.POST.get("reference", "")
            )
        except ValidationError as refused:
            messages.error(request, " ".join(refused.messages))
        else:
            messages.success(request, f"Payout #{pk} marked paid.")
        return redirect("affiliates_dashboard:affiliate-payout-list")


# ------------------------------------------------------------------ category rates


class CategoryRateListView(generic.ListView):
    context_object_name = "rates"
    template_name = f"{TEMPLATES}/category_rate_list.html"
    paginate_by = 50

    def get_queryset(self):
        return CategoryRate.objects.select_related("category").order_by("category__path")

    def get_context_data(self, **kwargs):
        return super().get_context_data(default_rate=settings.AFFILIATE_DEFAULT_RATE, **kwargs)


class CategoryRateCreateView(generic.CreateView):
    model = CategoryRate
    form_class = CategoryRateForm
    template_name = f"{TEMPLATES}/category_rate_form.html"
    success_url = reverse_lazy("affiliates_dashboard:affiliate-category-rate-list")

    def form_valid(self, form):
        messages.success(self.request, "Category rate created.")
        return super().form_valid(form)


class CategoryRateUpdateView(generic.UpdateView):
    model = CategoryRate
    form_class = CategoryRateForm
    context_object_name = "rate"
    template_name = f"{TEMPLATES}/category_rate_form.html"
    success_url = reverse_lazy("affiliates_dashboard:affiliate-category-rate-list")

    def form_valid(self, form):
        messages.success(
            self.request, "Category rate saved. It applies to orders placed from now on."
        )
        return super().form_valid(form)


class CategoryRateDeleteView(generic.DeleteView):
    model = CategoryRate
    context_object_name = "rate"
    template_name = f"{TEMPLATES}/category_rate_delete.html"
    success_url = reverse_lazy("affiliates_dashboard:affiliate-category-rate-list")
