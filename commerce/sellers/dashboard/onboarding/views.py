"""Staff screens for sellers: the list (applications waiting first) and a seller's page,
where staff approve, refuse, suspend or reinstate them through the onboarding services."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.views import generic

from commerce.sellers.forms import SellerDecisionForm
from commerce.sellers.models import SellerStatus
from commerce.sellers.selectors.onboarding import sellers_for_staff
from commerce.sellers.services import onboarding as services

DONE = {
    "approve": "{name} is approved and has been emailed.",
    "reject": "{name}'s application is refused; they have been emailed the reason.",
    "suspend": "{name} is suspended: their offers are off sale. They have been emailed.",
    "reinstate": "{name} is reinstated: their offers are on sale again. They have been emailed.",
}
# The decisions that make sense in each standing (the services refuse the others anyway).
ACTIONS_BY_STATUS = {
    SellerStatus.APPLIED: ("approve", "reject"),
    SellerStatus.APPROVED: ("suspend",),
    SellerStatus.SUSPENDED: ("reinstate",),
    SellerStatus.REJECTED: ("approve",),
}


class SellerListView(generic.ListView):
    """Every seller, filterable by standing; applications waiting for a decision first."""

    template_name = "sellers/dashboard/onboarding/seller_list.html"
    context_object_name = "sellers"
    paginate_by = 50

    def get_status(self) -> str:
        status = self.request.GET.get("status", "")
        return status if status in SellerStatus.values else ""

    def get_queryset(self):
        return sellers_for_staff(status=self.get_status())

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            statuses=SellerStatus.choices, current_status=self.get_status(), **kwargs
        )


class SellerDetailView(generic.DetailView):
    """A seller's profile and standing, with the decisions staff may take now."""

    template_name = "sellers/dashboard/onboarding/seller_detail.html"
    context_object_name = "seller"

    def get_queryset(self):
        return sellers_for_staff()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["actions"] = ACTIONS_BY_STATUS.get(self.object.status, ())
        context.setdefault("form", SellerDecisionForm())
        return context

    def post(self, request, *args, **kwargs):
        self.object = seller = get_object_or_404(self.get_queryset(), pk=kwargs["pk"])
        form = SellerDecisionForm(request.POST)
        if not form.is_valid():
            messages.error(request, "Choose a decision.")
            return redirect("sellers_dashboard:seller-detail", pk=seller.pk)
        action, reason = form.cleaned_data["action"], form.cleaned_data["reason"]
        decide = {
            "approve": lambda: services.seller_approve(seller=seller, by=request.user),
            "reject": lambda: services.seller_reject(seller=seller, by=request.user, reason=reason),
            "suspend": lambda: services.seller_suspend(
                seller=seller, by=request.user, reason=reason
            ),
            "reinstate": lambda: services.seller_reinstate(seller=seller, by=request.user),
        }[action]
        try:
            decide()
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
            return self.render_to_response(self.get_context_data(form=form), status=400)
        messages.success(request, DONE[action].format(name=seller.name))
        return redirect("sellers_dashboard:seller-detail", pk=seller.pk)
