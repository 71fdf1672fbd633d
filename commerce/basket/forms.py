"""Oscar's add-to-basket forms with the offer the shopper chose: a product can be offered by
several sellers, and `stockrecord` says whose offer goes into the basket."""

from django import forms
from oscar.apps.basket import forms as oscar_forms

from commerce.catalogue.offers import product_offer

NOT_ON_SALE = "This offer is no longer on sale. Please choose another offer of the product."


class AddToBasketForm(oscar_forms.AddToBasketForm):
    """Oscar's form plus `stockrecord`: an offer on sale of the product (of the chosen variant
    for a parent); left empty, the best offer on sale is added."""

    stockrecord = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)

    def __init__(self, basket, product, *args, **kwargs):
        super().__init__(basket, product, *args, **kwargs)
        self.offer = None
        if not product.is_parent:
            # The page shows this offer: post it, so the line is the offer the shopper saw.
            shown = basket.strategy.fetch_for_product(product).stockrecord
            self.fields["stockrecord"].initial = shown.pk if shown else None

    def clean(self):
        chosen = self.cleaned_data.get("stockrecord")
        if chosen is None:
            return super().clean()
        self.offer = product_offer(product=self.product, stockrecord_id=chosen)
        if self.offer is None:
            raise forms.ValidationError(NOT_ON_SALE)
        info = self.basket.strategy.fetch_for_product(self.product, stockrecord=self.offer)
        if self.basket.currency and info.price.currency != self.basket.currency:
            raise forms.ValidationError(
                "This offer cannot be added to the basket as its currency is not the same as "
                "other products in your basket."
            )
        in_basket = sum(
            line.quantity for line in self.basket.all_lines() if line.stockrecord_id == chosen
        )
        desired = in_basket + self.cleaned_data.get("quantity", 1)
        is_permitted, reason = info.availability.is_purchase_permitted(desired)
        if not is_permitted:
            raise forms.ValidationError(reason)
        return self.cleaned_data


class SimpleAddToBasketForm(oscar_forms.SimpleAddToBasketMixin, AddToBasketForm):
    """Oscar's quantity-less form (quantity 1), with the chosen offer."""
