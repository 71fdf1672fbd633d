"""The site's affiliate onboarding pages: applying (then where the application stands), and
choosing a readable referral code. The affiliate area itself is commerce.affiliates.views."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.views.generic import FormView

from commerce.affiliates.models import AffiliateStatus
from commerce.affiliates.onboarding_forms import AffiliateApplicationForm, AffiliateCodeForm
from commerce.affiliates.selectors.onboarding import affiliate_of, approved_affiliate_of
from commerce.affiliates.services.onboarding import affiliate_apply, affiliate_code_choose


class AffiliateApplyView(LoginRequiredMixin, FormView):
    """Apply to be an affiliate; once applied, the page shows where the application stands."""

    template_name = "affiliates/apply.html"
    form_class = AffiliateApplicationForm

    def dispatch(self, request, *args, **kwargs):
        self.affiliate = affiliate_of(user=request.user)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            affiliate=self.affiliate, statuses=AffiliateStatus, **kwargs
        )

    def form_valid(self, form):
        try:
            affiliate_apply(user=self.request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_service_error(error)
            return self.form_invalid(form)
        return redirect("affiliates:apply")


class AffiliateCodeView(LoginRequiredMixin, FormView):
    """An approved affiliate chooses a readable referral code."""

    template_name = "affiliates/code.html"
    form_class = AffiliateCodeForm

    def dispatch(self, request, *args, **kwargs):
        self.affiliate = approved_affiliate_of(user=request.user)
        if request.user.is_authenticated and self.affiliate is None:
            return redirect("affiliates:apply")
        return super().dispatch(request, *args, **kwargs)

    def get_initial(self):
        return {"code": self.affiliate.code}

    def get_context_data(self, **kwargs):
        return super().get_context_data(affiliate=self.affiliate, **kwargs)

    def form_valid(self, form):
        try:
            affiliate = affiliate_code_choose(
                affiliate=self.affiliate, code=form.cleaned_data["code"]
            )
        except ValidationError as error:
            form.add_service_error(error)
            return self.form_invalid(form)
        messages.success(self.request, f"Your referral code is now {affiliate.code}.")
        return redirect("affiliates:apply")
