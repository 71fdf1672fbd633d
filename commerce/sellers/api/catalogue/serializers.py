"""Request and response shapes of a seller's products and offers."""

from drf_spectacular.utils import extend_schema_field
from oscar.core.loading import get_model
from rest_framework import serializers

Category = get_model("catalogue", "Category")
ProductClass = get_model("catalogue", "ProductClass")

PRICE = {"max_digits": 12, "decimal_places": 2}
STOCK = {"min_value": 0, "max_value": 2_147_483_647}


class SellerOfferSerializer(serializers.Serializer):
    """One of your offers: your stock record on a catalogue product."""

    id = serializers.IntegerField()
    product_id = serializers.IntegerField()
    product_title = serializers.CharField(source="product.get_title")
    partner_sku = serializers.CharField(help_text="Your own stock-keeping code.")
    price = serializers.DecimalField(**PRICE)
    price_currency = serializers.CharField()
    num_in_stock = serializers.IntegerField(allow_null=True)
    num_allocated = serializers.IntegerField(allow_null=True)
    low_stock_threshold = serializers.IntegerField(allow_null=True)


class OfferFieldsSerializer(serializers.Serializer):
    """SKU, price and stock of an offer (all required to create one)."""

    partner_sku = serializers.CharField(max_length=128)
    price = serializers.DecimalField(min_value=0, **PRICE)
    num_in_stock = serializers.IntegerField(default=0, **STOCK)
    low_stock_threshold = serializers.IntegerField(required=False, allow_null=True, **STOCK)


class OfferCreateSerializer(OfferFieldsSerializer):
    """An offer of yours on an existing catalogue product (a standalone product or variant)."""

    product = serializers.IntegerField(min_value=1, max_value=2_147_483_647)


class OfferUpdateSerializer(OfferFieldsSerializer):
    """The fields of your offer to change; the others stay as they are."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, partial=True, **kwargs)


class ProductSerializer(serializers.Serializer):
    """One of your products: created by you (`owned`: you may edit it) or offered by you."""

    id = serializers.IntegerField()
    title = serializers.CharField()
    slug = serializers.CharField()
    upc = serializers.CharField(allow_null=True)
    description = serializers.CharField(help_text="Sanitised HTML.")
    structure = serializers.CharField()
    product_class = serializers.CharField(source="product_class.slug", allow_null=True)
    categories = serializers.SerializerMethodField(help_text="Category ids.")
    is_public = serializers.BooleanField()
    owned = serializers.BooleanField(
        help_text="You created it: you may change its fields and delete it while nobody "
        "else offers it. Otherwise only your offer on it can change."
    )
    offers = serializers.SerializerMethodField(help_text="Your offers on it or its variants.")

    def get_categories(self, product) -> list[int]:
        return [category.pk for category in product.categories.all()]

    @extend_schema_field(SellerOfferSerializer(many=True))
    def get_offers(self, product) -> list[dict]:
        own = [*product.own_offers]
        for variant in product.children.all():
            own.extend(variant.own_offers)
        return SellerOfferSerializer(own, many=True).data


class ProductFieldsSerializer(serializers.Serializer):
    """A product's own fields (only its creator may change them)."""

    title = serializers.CharField(max_length=255)
    description = serializers.CharField(
        required=False, allow_blank=True, help_text="HTML; sanitised when saved."
    )
    upc = serializers.CharField(max_length=64, required=False, allow_blank=True)
    is_public = serializers.BooleanField(required=False, default=True)
    categories = serializers.PrimaryKeyRelatedField(
        many=True, queryset=Category.objects.all(), allow_empty=False
    )
    attributes = serializers.DictField(
        required=False, help_text="Attribute values by code (an option by its text)."
    )


class ProductCreateSerializer(ProductFieldsSerializer):
    """A new product of your own, with your offer on it."""

    product_class = serializers.SlugRelatedField(
        slug_field="slug", queryset=ProductClass.objects.all()
    )
    offer = OfferFieldsSerializer()


class ProductUpdateSerializer(ProductFieldsSerializer):
    """Fields to change: a product's own fields (yours only) and/or your `offer` on it."""

    offer = OfferFieldsSerializer(required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, partial=True, **kwargs)
