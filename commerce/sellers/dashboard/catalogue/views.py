"""Oscar's dashboard product pages (via commerce.core.loading) for sellers.

Staff use them as Oscar made them. A seller (a non-staff partner user) reaches the products
they created or offer (mixins.PartnerProductFilterMixin); on a product they created they edit
everything Oscar's forms allow, on any other product only their own offer: the product's fields
are shown read-only and never saved. Their offer is saved through the catalogue services
(formsets.StockRecordFormSet), as the API saves it; ownership, deleting, look-ups and stock
alerts ask commerce.sellers.services.catalogue and commerce.sellers.selectors.access."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from oscar.apps.dashboard.catalogue import views

from commerce.sellers.selectors.access import (
    seller_of,
    seller_owns_product,
    seller_products,
    seller_stock_alerts,
)
from commerce.sellers.services.catalogue import (
    CatalogueChangeRefused,
    CatalogueRefusal,
    seller_product_delete,
    seller_product_record_owner,
    seller_require_approved,
    seller_require_may_delete,
    seller_require_product_owner,
)


def _seller(request):
    return None if request.user.is_staff else seller_of(user=request.user)


def _require_may_delete(*, seller, product) -> None:
    if seller is None:  # a partner user who is not a seller owns no product
        raise CatalogueChangeRefused(
            CatalogueRefusal.NOT_PRODUCT_OWNER,
            "Only the seller who created a product can delete it.",
        )
    seller_require_may_delete(seller=seller, product=product)


class ProductCreateUpdateView(views.ProductCreateUpdateView):
    offer_only = False

    def get_object(self, queryset=None):
        product = super().get_object(queryset)
        self.seller = _seller(self.request)
        if self.request.user.is_staff:
            return product
        if self.seller is None:
            # A partner user who is not a seller owns no product: stock records only.
            if product is None:
                raise PermissionDenied("Only approved sellers can create products.")
            self.offer_only = True
        else:
            self.offer_only = product is not None and not seller_owns_product(
                seller=self.seller, product=product
            )
        if self.offer_only:
            self.formsets = {"stockrecord_formset": self.stockrecord_formset}
        return product

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        if self.offer_only:
            for field in form.fields.values():
                field.disabled = True  # shown for reference; posted values are ignored
        return form

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["offer_only"] = self.offer_only
        return ctx

    @transaction.atomic  # a refused seller's new product is not left behind
    def process_all_forms(self, form):
        if not self.offer_only:
            return super().process_all_forms(form)
        if self.seller is not None:
            seller_require_approved(seller=self.seller)
        formset = self.stockrecord_formset(
            self.product_class,
            self.request.user,
            self.request.POST,
            self.request.FILES,
            instance=self.object,
        )
        formsets = {"stockrecord_formset": formset}
        if not formset.is_valid():
            return self.forms_invalid(form, formsets)
        try:
            with transaction.atomic():
                formset.save()
        except ValidationError as error:
            return self._offer_refused(form, formsets, error)
        return HttpResponseRedirect(self.get_success_url())

    form_valid = form_invalid = process_all_forms

    def forms_valid(self, form, formsets):
        if self.seller is not None:
            if self.creating:
                seller_product_record_owner(seller=self.seller, product=self.object)
            else:
                seller_require_product_owner(seller=self.seller, product=self.object)
        try:
            with transaction.atomic():
                return super().forms_valid(form, formsets)
        except ValidationError as error:
            return self._offer_refused(form, formsets, error)

    def _offer_refused(self, form, formsets, error):
        """A catalogue service refused the offer (formsets.StockRecordFormSet saves through
        them): its messages are shown on the stock-record formset, nothing is kept."""
        formsets["stockrecord_formset"].non_form_errors().extend(error.messages)
        return self.forms_invalid(form, formsets)


class ProductDeleteView(views.ProductDeleteView):
    """A seller deletes only a product they created that nobody else offers; otherwise the
    refusal is shown on the product's page."""

    def get(self, request, *args, **kwargs):
        if not request.user.is_staff:
            product = self.get_object()
            try:
                _require_may_delete(seller=_seller(request), product=product)
            except CatalogueChangeRefused as refusal:
                return self._refused(product, refusal)
        return super().get(request, *args, **kwargs)

    def delete(self, request, *args, **kwargs):
        if request.user.is_staff:
            return super().delete(request, *args, **kwargs)
        self.object = self.get_object()
        parent = self.object.parent
        is_last_child = parent is not None and parent.children.count() == 1
        seller = _seller(request)
        try:
            if seller is None:
                _require_may_delete(seller=None, product=self.object)
            seller_product_delete(seller=seller, product=self.object)
        except CatalogueChangeRefused as refusal:
            return self._refused(self.object, refusal)
        if is_last_child:
            self.handle_deleting_last_child(parent)
        return HttpResponseRedirect(self.get_success_url())

    def _refused(self, product, refusal):
        messages.error(self.request, refusal.message)
        return redirect("dashboard:catalogue-product", pk=product.pk)


class ProductLookupView(views.ProductLookupView):
    """The related-products autocomplete: a seller finds only their own products."""

    def get_queryset(self):
        queryset = super().get_queryset()
        if self.request.user.is_staff:
            return queryset
        seller = seller_of(user=self.request.user)
        if seller is None:
            return queryset.none()
        return queryset.filter(pk__in=seller_products(seller=seller).values("pk"))


class StockAlertListView(views.StockAlertListView):
    """Stock alerts: a seller sees the alerts on their own offers only."""

    def get_queryset(self):
        queryset = super().get_queryset()
        if self.request.user.is_staff:
            return queryset
        seller = seller_of(user=self.request.user)
        if seller is None:
            return queryset.none()
        return queryset.filter(pk__in=seller_stock_alerts(seller=seller).values("pk"))
