"""Staff screens for affiliate accounts: the list (applications waiting first) and an
affiliate's page, where staff approve, refuse, suspend or reinstate them, set a personal rate
and tie vouchers to them, through the onboarding services."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from django.views import generic

from commerce.affiliates.models import AffiliateStatus
from commerce.affiliates.onboarding_forms import (
    AffiliateDecisionForm,
    AffiliateRateForm,
    AffiliateVoucherForm,
)
from commerce.affiliates.selectors.onboarding import affiliates_for_staff
from commerce.affiliates.services import onboarding as services
from commerce.dashboard.standing import (
    StandingDecisionMixin,
    StandingListView,
    error_messages,
)


class AffiliateListView(StandingListView):
    """Every affiliate, filterable by standing; applications waiting for a decision first."""

    template_name = "affiliates/dashboard/onboarding/affiliate_list.html"
    context_object_name = "affiliates"
    statuses = AffiliateStatus
    for_staff = staticmethod(affiliates_for_staff)
    title = _("Affiliates")
    icon = "fas fa-bullhorn"


class AffiliateDetailView(StandingDecisionMixin, generic.DetailView):
    """An affiliate's account and standing, with the decisions staff may take now, their
    personal rate and the vouchers tied to them."""

    template_name = "affiliates/dashboard/onboarding/affiliate_detail.html"
    context_object_name = "affiliate"
    decision_form_class = AffiliateDecisionForm
    detail_url_name = "affiliates_dashboard:affiliate-detail"
    decisions = {
        "approve": services.affiliate_approve,
        "reject": services.affiliate_reject,
        "suspend": services.affiliate_suspend,
        "reinstate": services.affiliate_reinstate,
    }
    done = {
        "approve": "{name} is approved and has been emailed.",
        "reject": "{name}'s application is refused; they have been emailed the reason.",
        "suspend": "{name} is suspended: their links earn nothing. They have been emailed.",
        "reinstate": "{name} is reinstated: their links earn again.",
    }

    def get_queryset(self):
        return affiliates_for_staff()

    def name_of(self, affiliate) -> str:
        return affiliate.user.email

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["vouchers"] = self.object.vouchers.select_related("voucher").order_by("pk")
        context["rate_form"] = AffiliateRateForm(initial={"rate": self.object.rate})
        context["voucher_form"] = AffiliateVoucherForm()
        return context


class _AffiliateActionView(generic.View):
    """A POST-only change on one affiliate's page, back to that page with a message."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        affiliate = get_object_or_404(affiliates_for_staff(), pk=kwargs["pk"])
        try:
            message = self.act(affiliate=affiliate, **kwargs)
        except ValidationError as error:
            error_messages(request, error)
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
