"""Staff screens for sellers: the list (applications waiting first) and a seller's page,
where staff approve, refuse, suspend or reinstate them through the onboarding services
(the pattern of commerce.dashboard.standing, shared with the affiliates' screens)."""

from django.utils.translation import gettext_lazy as _
from django.views import generic

from commerce.dashboard.standing import StandingDecisionMixin, StandingListView
from commerce.sellers.forms import SellerDecisionForm
from commerce.sellers.models import SellerStatus
from commerce.sellers.selectors.onboarding import sellers_for_staff
from commerce.sellers.services import onboarding as services


class SellerListView(StandingListView):
    """Every seller, filterable by standing; applications waiting for a decision first."""

    template_name = "sellers/dashboard/onboarding/seller_list.html"
    context_object_name = "sellers"
    statuses = SellerStatus
    for_staff = staticmethod(sellers_for_staff)
    title = _("Sellers")
    icon = "fas fa-store"


class SellerDetailView(StandingDecisionMixin, generic.DetailView):
    """A seller's profile and standing, with the decisions staff may take now."""

    template_name = "sellers/dashboard/onboarding/seller_detail.html"
    context_object_name = "seller"
    decision_form_class = SellerDecisionForm
    detail_url_name = "sellers_dashboard:seller-detail"
    decisions = {
        "approve": services.seller_approve,
        "reject": services.seller_reject,
        "suspend": services.seller_suspend,
        "reinstate": services.seller_reinstate,
    }
    done = {
        "approve": "{name} is approved and has been emailed.",
        "reject": "{name}'s application is refused; they have been emailed the reason.",
        "suspend": "{name} is suspended: their offers are off sale. They have been emailed.",
        "reinstate": "{name} is reinstated: their offers are on sale again. They have been "
        "emailed.",
    }

    def get_queryset(self):
        return sellers_for_staff()

    def name_of(self, seller) -> str:
        return seller.name
