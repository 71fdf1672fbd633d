"""Oscar's add-to-basket view, adding the offer the shopper chose (AddToBasketForm.offer), and
its add-a-voucher view, which says why a voucher gives nothing or what it displaces."""

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.utils.translation import gettext as _
from oscar.apps.basket import views as oscar_views
from oscar.core.loading import get_class

from commerce.basket.selectors import offers_replaced, voucher_refusal_reason

Applicator = get_class("offer.applicator", "Applicator")
BasketMessageGenerator = get_class("basket.utils", "BasketMessageGenerator")


class BasketAddView(oscar_views.BasketAddView):
    """Oscar's view; the line added is the chosen offer (None: the best offer on sale)."""

    def form_valid(self, form):
        # Oscar's form_valid, with the chosen offer passed to Basket.add_product.
        request = self.request
        offers_before = request.basket.applied_offers()
        self.line, self.line_created = request.basket.add_product(
            form.product,
            form.cleaned_data["quantity"],
            form.cleaned_options(),
            stockrecord=form.offer,
        )
        # "basket-added": the layout opens the basket drawer on the page this redirects to.
        messages.success(
            request, self.get_success_message(form), extra_tags="safe noicon basket-added"
        )
        BasketMessageGenerator().apply_messages(request, offers_before)
        self.add_signal.send(sender=self, product=form.product, user=request.user, request=request)
        return HttpResponseRedirect(self.get_success_url())


class VoucherAddView(oscar_views.VoucherAddView):
    """Oscar's view, saying exactly why a voucher gives nothing (instead of "does not
    qualify"), and naming any automatic offer the voucher displaces: never silently."""

    def apply_voucher_to_basket(self, voucher):
        request = self.request
        basket = request.basket
        for refused, message in (
            (voucher.is_expired(), _("The '%(code)s' voucher has expired")),
            (not voucher.is_active(), _("The '%(code)s' voucher is not active")),
        ):
            if refused:
                messages.error(request, message % {"code": voucher.code})
                return
        is_available, message = voucher.is_available_to_user(request.user)
        if not is_available:
            messages.error(request, message)
            return
        offers_before = basket.applied_offers()
        basket.vouchers.add(voucher)
        self.add_signal.send(sender=self, basket=basket, voucher=voucher)
        basket.reset_offer_applications()
        Applicator().apply(basket, request.user, request)
        if not any(d["voucher"] == voucher for d in basket.offer_applications if d["voucher"]):
            messages.warning(request, voucher_refusal_reason(voucher=voucher, basket=basket))
            basket.vouchers.remove(voucher)
            basket.reset_offer_applications()
            Applicator().apply(basket, request.user, request)
            return
        messages.info(request, _("Voucher '%(code)s' added to basket") % {"code": voucher.code})
        for offer in offers_replaced(before=offers_before, after=basket.applied_offers()):
            messages.warning(
                request,
                _(
                    "%(code)s cannot be combined with “%(offer)s”, so that offer no longer "
                    "applies; remove the voucher to get it back."
                )
                % {"code": voucher.code, "offer": offer.name},
            )
