"""Oscar's dashboard catalogue formsets (via commerce.core.loading), for sellers: the
stock-record formset holds only the seller's own offer (partner fixed) and saves it through
commerce.sellers.services.catalogue, as the API does (a refusal there is a ValidationError the
view shows on the formset); recommendations choose among the seller's own products."""

from oscar.apps.dashboard.catalogue import formsets
from oscar.core.loading import get_model

from commerce.sellers.selectors.access import seller_of, seller_products, seller_stockrecords
from commerce.sellers.services.catalogue import (
    seller_offer_create,
    seller_offer_delete,
    seller_offer_update,
)

Partner = get_model("partner", "Partner")
StockRecord = get_model("partner", "StockRecord")


def _seller(user):
    return None if user.is_staff else seller_of(user=user)


class StockRecordFormSet(formsets.StockRecordFormSet):
    """A seller sees and saves one stock record: their own, on their own partner."""

    def __init__(self, product_class, user, *args, **kwargs):
        self.seller = _seller(user)
        if self.seller is not None:
            instance = kwargs.get("instance")
            own = StockRecord.objects.none()
            if instance is not None and instance.pk:
                own = seller_stockrecords(seller=self.seller).filter(product=instance)
            kwargs["queryset"] = own
            self.extra = 0 if own.exists() else 1
            self.max_num = 1
            self.validate_max = True
        super().__init__(product_class, user, *args, **kwargs)

    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        if self.seller is not None:
            partner = form.fields["partner"]
            partner.queryset = Partner.objects.filter(pk=self.seller.partner_id)
            partner.initial = self.seller.partner
            partner.disabled = True  # never reassigned, whatever is posted
        return form

    def save_new(self, form, commit=True):
        if self.seller is None:
            return super().save_new(form, commit)
        fields = _offer_fields(form)
        fields["num_in_stock"] = fields["num_in_stock"] or 0
        return seller_offer_create(seller=self.seller, product=self.instance, **fields)

    def save_existing(self, form, obj, commit=True):
        if self.seller is None:
            return super().save_existing(form, obj, commit)
        return seller_offer_update(seller=self.seller, offer=obj, **_offer_fields(form))

    def delete_existing(self, obj, commit=True):
        if self.seller is None:
            return super().delete_existing(obj, commit)
        seller_offer_delete(seller=self.seller, offer=obj)


def _offer_fields(form) -> dict:
    data = form.cleaned_data
    return {
        "partner_sku": data.get("partner_sku"),
        "price": data.get("price"),
        # Products that do not track stock have no stock fields on the form.
        "num_in_stock": data.get("num_in_stock"),
        "low_stock_threshold": data.get("low_stock_threshold"),
    }


class ProductRecommendationFormSet(formsets.ProductRecommendationFormSet):
    def __init__(self, product_class, user, *args, **kwargs):
        self.seller = _seller(user)
        super().__init__(product_class, user, *args, **kwargs)

    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        if self.seller is not None:
            field = form.fields["recommendation"]
            field.queryset = field.queryset.filter(
                pk__in=seller_products(seller=self.seller).values("pk")
            )
        return form
