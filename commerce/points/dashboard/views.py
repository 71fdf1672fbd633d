"""Staff's points screens: find a shopper by email, see their points and history, adjust them
(with a reason, recorded with who made the change). Staff only (the app's permissions)."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.views import generic

from commerce.points.selectors.account import points_history, points_overview
from commerce.points.selectors.balance import points_account_of
from commerce.points.selectors.expiry import points_expiring
from commerce.points.selectors.staff import points_shoppers_for_staff
from commerce.points.services.accounts import points_account_for
from commerce.points.services.adjustments import points_adjust

from .forms import PointsAdjustmentForm, ShopperSearchForm

TEMPLATES = "points/dashboard"


class ShopperListView(generic.ListView):
    """Shoppers by email (or those with points), each linking to their points."""

    context_object_name = "shoppers"
    template_name = f"{TEMPLATES}/shopper_list.html"
    paginate_by = 50

    def get_queryset(self):
        self.form = ShopperSearchForm(self.request.GET or None)
        email = self.form.cleaned_data["email"] if self.form.is_valid() else ""
        return points_shoppers_for_staff(email=email)

    def get_context_data(self, **kwargs):
        return super().get_context_data(form=self.form, **kwargs)


class ShopperDetailView(generic.ListView):
    """One shopper's balance, upcoming expiry and history, and the adjustment form."""

    context_object_name = "entries"
    template_name = f"{TEMPLATES}/shopper_detail.html"
    paginate_by = 50

    def dispatch(self, request, *args, **kwargs):
        self.shopper = get_object_or_404(get_user_model(), pk=kwargs["pk"])
        self.account = points_account_of(user=self.shopper)
        self.form = PointsAdjustmentForm(request.POST or None)
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return points_history(account=self.account)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            shopper=self.shopper,
            overview=points_overview(account=self.account),
            expiring=points_expiring(account=self.account),
            form=self.form,
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        if self.form.is_valid():
            data = self.form.cleaned_data
            try:
                entry = points_adjust(
                    account=self.account or points_account_for(user=self.shopper),
                    points=data["points"],
                    reason=data["reason"],
                    by=request.user,
                    key=data["key"],
                )
            except ValidationError as refused:
                self.form.add_error(None, refused)
            else:
                messages.success(
                    request, f"{entry.available:+} points recorded for {self.shopper.email}."
                )
                return redirect("points_dashboard:points-shopper-detail", pk=self.shopper.pk)
        return self.get(request, *args, **kwargs)
