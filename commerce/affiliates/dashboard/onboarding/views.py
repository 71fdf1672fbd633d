"""Staff screens for affiliate accounts: the list (applications waiting first) and an
affiliate's page, where staff approve, refuse, suspend or reinstate them, set a personal rate
and tie vouchers to them, through the onboarding services."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.views import generic

from commerce.affiliates.models import AffiliateStatus
from commerce.affiliates.onboarding_forms import (
    AffiliateDecisionForm,
    AffiliateRateForm,
    AffiliateVoucherForm,
)
from commerce.affiliates.selectors.onboarding import affiliates_for_staff
from commerce.affiliates.services import onboarding as services

DONE = {
    "approve": "{name} is approved and has been emailed.",
    "reject": "{name}'s application is refused; they have been emailed the reason.",
    "suspend": "{name} is suspended: their links earn nothing. They have been emailed.",
    "reinstate": "{name} is reinstated: their links earn again.",
}
# The decisions that make sense in each standing (the services refuse the others anyway).
ACTIONS_BY_STATUS = {
    AffiliateStatus.APPLIED: ("approve", "reject"),
    AffiliateStatus.APPROVED: ("suspend",),
    AffiliateStatus.SUSPENDED: ("reinstate",),
    AffiliateStatus.REJECTED: ("approve",),
}


def _error_messages(request, error: ValidationError) -> None:
    for message in error.messages:
        messages.error(request, message)


class AffiliateListView(generic.ListView):
    """Every affiliate, filterable by standing; applications waiting for a decision first."""

    template_name = "affiliates/dashboard/onboarding/affiliate_list.html"
    context_object_name = "affiliates"
    paginate_by = 50

    def get_status(self) -> str:
        status = self.request.GET.get("status", "")
        return status if status in AffiliateStatus.values else ""

    def get_queryset(self):
        return affiliates_for_staff(status=self.get_status())

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            statuses=AffiliateStatus.choices, current_status=self.get_status(), **kwargs
        )


class AffiliateDetailView(generic.DetailView):
    """An affiliate's account and standing, with the decisions staff may take now, their
    personal rate and the vouchers tied to them."""

    template_name = "affiliates/dashboard/onboarding/affiliate_detail.html"
    context_object_name = "affiliate"

    def get_queryset(self):
        return affiliates_for_staff()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["actions"] = ACTIONS_BY_STATUS.get(self.object.status, ())
        context["vouchers"] = self.object.vouchers.select_related("voucher").order_by("pk")
        context.setdefault("form", AffiliateDecisionForm())
        context["rate_form"] = AffiliateRateForm(initial={"rate": self.object.rate})
        context["voucher_form"] = AffiliateVoucherForm()
        return context

    def post(self, request, *args, **kwargs):
        self.object = affiliate = get_object_or_404(self.get_queryset(), pk=kwargs["pk"])
        form = AffiliateDecisionForm(request.POST)
        if not form.is_valid():
            messages.error(request, "Choose a decision.")
            return redirect("affiliates_dashboard:affiliate-detail", pk=affiliate.pk)
        action, reason = form.cleaned_data["action"], form.cleaned_data["reason"]
        by = request.user
        decide = {
            "approve": lambda: services.affiliate_approve(affiliate=affiliate, by=by),
            "reject": lambda: services.affiliate_reject(affiliate=affiliate, by=by, reason=reason),
            "suspend": lambda: services.affiliate_suspend(
                affiliate=affiliate, by=by, reason=reason
            ),
            "reinstate": lambda: services.affiliate_reinstate(affiliate=affiliate, by=by),
        }[action]
        try:
            decide()
        except ValidationError as error:
            _error_messages(request, error)
            return self.render_to_response(self.get_context_data(form=form), status=400)
        messages.success(request, DONE[action].format(name=affiliate.user.email))
        return redirect("affiliates_dashboard:affiliate-detail", pk=affiliate.pk)


class _AffiliateActionView(generic.View):
    """A POST-only change on one affiliate's page, back to that page with a message."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        affiliate = get_object_or_404(affiliates_for_staff(), pk=kwargs["pk"])
        try:
            message = self.act(affiliate=affiliate, **kwargs)
        except ValidationError as error:
            _error_messages(request, error)
        else:
            messages.success(request, message)
        return redirect("affiliates_dashboard:affiliate-detail", pk=affiliate.pk)

    def act(self, *, affiliate, **kwargs) -> str:
        raise NotImplementedError


class AffiliateRateView(_AffiliateActionView):
    """Set or clear the affiliate's personal rate."""

    def act(self, *, affiliate, **kwargs) -> str:
        form = AffiliateRateForm(self.request.POST)
        if not form.is_valid():
            raise ValidationError(form.errors["rate"])
        rate = form.cleaned_data["rate"]
        services.affiliate_rate_set(affiliate=affiliate, rate=rate, by=self.request.user)
        if rate is None:
            return "The personal rate is cleared: category rates and the default apply."
        return f"{affiliate.user.email} now earns {rate}% on every order they bring."


class AffiliateVoucherTieView(_AffiliateActionView):
    """Tie a voucher, chosen by its code, to the affiliate."""

    def act(self, *, affiliate, **kwargs) -> str:
        form = AffiliateVoucherForm(self.request.POST)
        if not form.is_valid():
            raise ValidationError("Give the code of the voucher to tie.")
        tie = services.affiliate_voucher_tie(
            affiliate=affiliate,
            voucher_code=form.cleaned_data["voucher_code"],
            by=self.request.user,
        )
        return f"Orders using {tie.voucher.code} are now {affiliate.user.email}'s."


class AffiliateVoucherUntieView(_AffiliateActionView):
    """Untie a voucher from the affiliate."""

    def act(self, *, affiliate, voucher_pk, **kwargs) -> str:
        services.affiliate_voucher_untie(
            affiliate=affiliate, voucher_id=voucher_pk, by=self.request.user
        )
        return "The voucher is untied: later orders using it are nobody's."
