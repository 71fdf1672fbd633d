"""Oscar's checkout views with offline payment: the choice is made on payment-details,
re-posted from the preview, and recorded as a payment source and event on the order."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from oscar.apps.checkout import views
from oscar.core.loading import get_class

from commerce.affiliates.services.tracking import basket_attribute

from .forms import PaymentMethodForm
from .selectors import checkout_user_address, order_bank_transfer_instructions, order_lines_shown
from .services import offline_payment_prepare

FailedPreCondition = get_class("checkout.exceptions", "FailedPreCondition")


class IndexView(views.IndexView):
    def get_form_kwargs(self):
        # The "existing customer" form signs in: without the request, sign-in lockouts
        # (django-axes) could not tell where the attempt comes from and would refuse it.
        return {**super().get_form_kwargs(), "request": self.request}


class ShippingAddressView(views.ShippingAddressView):
    def post(self, request, *args, **kwargs):
        # Oscar looks the address up with .get(), so an unknown or foreign id would be a 500.
        if not request.user.is_authenticated or "address_id" not in request.POST:
            return super().post(request, *args, **kwargs)
        if not checkout_user_address(user=request.user, address_id=request.POST["address_id"]):
            messages.error(
                request,
                _("That address is not in your address book. Choose one below or enter a new one."),
            )
            return redirect("checkout:shipping-address")
        return super().post(request, *args, **kwargs)


class PaymentDetailsView(views.PaymentDetailsView):
    def check_payment_data_is_captured(self, request):
        # The choice travels in the POST from payment-details; a bare GET of the
        # preview has none, so send the shopper back to choose.
        if request.method != "POST":
            raise FailedPreCondition(
                url=reverse("checkout:payment-details"),
                message=_("Choose how you would like to pay before reviewing your order."),
            )

    def get_context_data(self, **kwargs):
        kwargs.setdefault("payment_form", PaymentMethodForm())
        return super().get_context_data(**kwargs)

    def handle_payment_details_submission(self, request):
        form = PaymentMethodForm(request.POST)
        if not form.is_valid():
            return self.render_payment_details(request, payment_form=form)
        return self.render_preview(request, payment_form=form)

    def handle_place_order_submission(self, request):
        form = PaymentMethodForm(request.POST)
        if not form.is_valid():
            return self.render_payment_details(request, payment_form=form)
        return self.submit(**self.build_submission(payment_kwargs={"payment_form": form}))

    def handle_payment(self, order_number, total, **kwargs):
        payment = offline_payment_prepare(
            method=kwargs["payment_form"].method, order_number=order_number, total=total
        )
        self.add_payment_source(payment.source)
        source = payment.source
        self.add_payment_event(
            payment.event_name, source.amount_allocated, reference=source.reference
        )

    def place_order(self, **kwargs):
        # One transaction for the addresses, the order, its stock allocation and its
        # payment records: a refused allocation (OutOfStock) leaves none of them behind.
        with transaction.atomic():
            # The referral cookie becomes the basket's attribution; the affiliates' PLACED
            # listener turns it into the order's Referral.
            basket_attribute(basket=kwargs["basket"], request=self.request)
            return super().place_order(**kwargs)

    def get_message_context(self, order):
        ctx = super().get_message_context(order)
        ctx["bank_transfer"] = order_bank_transfer_instructions(order=order)
        return ctx


class ThankYouView(views.ThankYouView):
    def get_context_data(self, *args, **kwargs):
        ctx = super().get_context_data(*args, **kwargs)
        ctx["bank_transfer"] = order_bank_transfer_instructions(order=ctx["order"])
        ctx["order_lines"] = order_lines_shown(order=ctx["order"])
        return ctx
