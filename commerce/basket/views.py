"""Oscar's add-to-basket view, adding the offer the shopper chose (AddToBasketForm.offer)."""

from django.contrib import messages
from django.http import HttpResponseRedirect
from oscar.apps.basket import views as oscar_views
from oscar.core.loading import get_class

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
