"""The marketplace's storefront pages: applying to sell, where an application stands, and a
seller's public page with their offers (the catalogue's listing, fixed to that seller), and the
list of sellers."""

from dataclasses import replace

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.views.generic import FormView, ListView, TemplateView

from commerce.search.params import ListingParams
from commerce.search.views.database import ProductListingView
from commerce.sellers.forms import SellerApplicationForm
from commerce.sellers.models import SellerStatus
from commerce.sellers.selectors.access import seller_of
from commerce.sellers.selectors.onboarding import sellers_public
from commerce.sellers.services.onboarding import seller_apply

# Standings in which the application form is open: none yet, or refused (apply again).
MAY_APPLY = (None, SellerStatus.REJECTED)


class SellerApplyView(LoginRequiredMixin, FormView):
    """Apply to sell; anyone who already stands somewhere is shown where instead."""

    template_name = "sellers/apply.html"
    form_class = SellerApplicationForm

    def dispatch(self, request, *args, **kwargs):
        self.seller = seller_of(user=request.user)
        if request.user.is_authenticated and getattr(self.seller, "status", None) not in MAY_APPLY:
            return redirect("sellers:apply-status")
        return super().dispatch(request, *args, **kwargs)

    def get_initial(self):
        return {
            "contact_email": self.request.user.email,
            **SellerApplicationForm.initial_from(self.seller),
        }

    def get_context_data(self, **kwargs):
        return super().get_context_data(seller=self.seller, **kwargs)

    def form_valid(self, form):
        try:
            seller_apply(user=self.request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_service_error(error)
            return self.form_invalid(form)
        return redirect("sellers:apply-status")


class SellerApplicationStatusView(LoginRequiredMixin, TemplateView):
    """Where the signed-in user's application stands, and what they can do next."""

    template_name = "sellers/apply_status.html"

    def get(self, request, *args, **kwargs):
        self.seller = seller_of(user=request.user)
        if self.seller is None:
            return redirect("sellers:apply")
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(seller=self.seller, statuses=SellerStatus, **kwargs)


class SellerListView(ListView):
    """Every approved seller, with a link to their page: the marketplace's front door."""

    template_name = "sellers/seller_list.html"
    context_object_name = "sellers"
    paginate_by = 24

    def get_queryset(self):
        return sellers_public().order_by("name")


class SellerDetailView(ProductListingView):
    """A seller's public page: their profile and the products they offer, with the
    catalogue's facets and sorting. Approved sellers only (anyone else is a 404)."""

    template_name = "sellers/seller_detail.html"

    def get(self, request, *args, **kwargs):
        self.seller = get_object_or_404(sellers_public(), slug=self.kwargs["slug"])
        return super().get(request, *args, **kwargs)

    def get_listing_params(self) -> ListingParams:
        # "Offered by this seller" is the catalogue's own seller filter, fixed.
        return replace(super().get_listing_params(), sellers=(self.seller.partner.code,))

    def get_facets(self) -> list:
        return [facet for facet in super().get_facets() if facet["name"] != "Seller"]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            seller=self.seller,
            summary=self.seller.name,
            has_filters=replace(self.params, sellers=()).has_filters,
        )
        return context
