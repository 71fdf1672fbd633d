"""Oscar's dashboard catalogue formsets (via commerce.core.loading), for sellers: the
stock-record formset holds only the seller's own offer (partner fixed), recommendations choose
among the seller's own products."""

from oscar.apps.dashboard.catalogue import formsets
from oscar.core.loading import get_model

from commerce.sellers.selectors.access import seller_of, seller_products, seller_stockrecords

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
