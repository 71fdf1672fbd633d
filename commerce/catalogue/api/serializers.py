"""Response shapes of the catalogue endpoints. Price and availability come from Oscar's
strategy (see catalogue.cards.purchase_info); the view passes the request's strategy in context."""

from django.conf import settings
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from commerce.catalogue.cards import purchase_info, shown_offer
from commerce.catalogue.offers import product_offers
from commerce.catalogue.prices import product_price, site_offers_of


class PriceSerializer(serializers.Serializer):
    """What the product costs; `exists` is false when it cannot be priced (nothing in stock)."""

    exists = serializers.BooleanField()
    currency = serializers.CharField(allow_null=True)
    excl_tax = serializers.DecimalField(max_digits=12, decimal_places=2, allow_null=True)
    incl_tax = serializers.DecimalField(
        max_digits=12, decimal_places=2, allow_null=True, help_text="null when tax is not known."
    )


class ShownPriceSerializer(serializers.Serializer):
    """What a shopper pays for the product alone, automatic offers included: the same figure
    the storefront shows on cards, product pages and page blocks."""

    currency = serializers.CharField()
    amount = serializers.DecimalField(max_digits=12, decimal_places=2)
    was = serializers.DecimalField(
        max_digits=12,
        decimal_places=2,
        allow_null=True,
        help_text="The price before the automatic offers; null when no offer lowers it.",
    )
    offer_name = serializers.CharField(
        allow_null=True, help_text="The automatic offers' names; null without an offer."
    )
    is_from = serializers.BooleanField(help_text="A parent priced from its best variant.")


class AvailabilitySerializer(serializers.Serializer):
    """Whether it can be bought now, as Oscar's availability policy says."""

    is_available_to_buy = serializers.BooleanField()
    code = serializers.CharField(help_text="instock, outofstock, available or unavailable.")
    message = serializers.CharField()
    num_available = serializers.IntegerField(allow_null=True)


class SellerSerializer(serializers.Serializer):
    """The partner whose stock record prices the product."""

    id = serializers.IntegerField()
    name = serializers.CharField()


class SoldBySerializer(serializers.Serializer):
    """Who sells the offer: a marketplace seller, or the shop itself (`slug` null)."""

    name = serializers.CharField()
    slug = serializers.CharField(allow_null=True, help_text="null when the shop sells it.")
    url = serializers.CharField(allow_null=True, help_text="The seller's public page.")


class OfferSerializer(serializers.Serializer):
    """One offer on sale of the product; buy it by sending its `stockrecord_id` to the basket."""

    stockrecord_id = serializers.IntegerField()
    sold_by = SoldBySerializer()
    currency = serializers.CharField(allow_null=True)
    price = serializers.DecimalField(
        max_digits=12,
        decimal_places=2,
        allow_null=True,
        help_text="What the shopper pays for one, automatic offers included.",
    )
    shown_price = ShownPriceSerializer(allow_null=True)
    is_available_to_buy = serializers.BooleanField()
    message = serializers.CharField()


class ImageSerializer(serializers.Serializer):
    """One product image."""

    url = serializers.SerializerMethodField(help_text="Absolute URL of the original image.")
    caption = serializers.CharField()
    display_order = serializers.IntegerField()

    def get_url(self, image) -> str | None:
        if not image.original:
            return None
        url = image.original.url
        request = self.context.get("request")
        return request.build_absolute_uri(url) if request else url


class AttributeSerializer(serializers.Serializer):
    """One attribute value, as text."""

    code = serializers.CharField(source="attribute.code")
    name = serializers.CharField(source="attribute.name")
    value = serializers.CharField(source="value_as_text")


def _site_offers(serializer):
    offers = serializer.context.get("site_offers")
    return (
        offers if offers is not None else site_offers_of(request=serializer.context.get("request"))
    )


def _purchase_info(serializer, product):
    cached = getattr(product, "_api_purchase_info", None)
    if cached is None:
        strategy = serializer.context["strategy"]
        cached = product._api_purchase_info = purchase_info(product=product, strategy=strategy)
    return cached


class PurchaseInfoMixin:
    """`get_price`, `get_shown_price`, `get_availability` and `get_seller` for serializers
    declaring those fields."""

    @extend_schema_field(PriceSerializer)
    def get_price(self, product):
        price = _purchase_info(self, product).price
        return {
            "exists": bool(price.exists),
            "currency": price.currency,
            "excl_tax": _money(price.excl_tax),
            "incl_tax": _money(price.incl_tax) if price.is_tax_known else None,
        }

    @extend_schema_field(ShownPriceSerializer(allow_null=True))
    def get_shown_price(self, product):
        shown = product_price(
            product=product,
            strategy=self.context["strategy"],
            offers=_site_offers(self),
            info=_purchase_info(self, product),
        )
        return _shown_price(shown)

    @extend_schema_field(AvailabilitySerializer)
    def get_availability(self, product):
        availability = _purchase_info(self, product).availability
        return {
            "is_available_to_buy": availability.is_available_to_buy,
            "code": availability.code,
            "message": str(availability.message),
            "num_available": getattr(availability, "num_available", None),
        }

    def _shown_offer(self, product):
        info = _purchase_info(self, product)
        if not info.price.exists:
            return None
        return shown_offer(product=product, info=info, strategy=self.context["strategy"])

    @extend_schema_field(SellerSerializer(allow_null=True))
    def get_seller(self, product):
        stockrecord = self._shown_offer(product)
        if stockrecord is None:
            return None
        return {"id": stockrecord.partner_id, "name": stockrecord.partner.name}

    @extend_schema_field(SoldBySerializer(allow_null=True))
    def get_sold_by(self, product):
        return _sold_by(self._shown_offer(product))


def _sold_by(stockrecord) -> dict | None:
    if stockrecord is None:
        return None
    seller = getattr(stockrecord.partner, "seller", None)
    if seller is None:
        return {"name": settings.OSCAR_SHOP_NAME, "slug": None, "url": None}
    return {"name": seller.name, "slug": seller.slug, "url": seller.get_absolute_url()}


class OffersMixin:
    """`get_offers`: every offer on sale of a standalone product or variant, best first."""

    @extend_schema_field(OfferSerializer(many=True))
    def get_offers(self, product):
        if product.is_parent:
            return []  # a parent is bought through its variants, each with its own offers
        return [
            {
                "stockrecord_id": offer.pk,
                "sold_by": _sold_by(offer.stockrecord),
                "currency": offer.currency or None,
                "price": _money(offer.price),
                "shown_price": _shown_price(offer.shown_price),
                "is_available_to_buy": offer.is_available,
                "message": offer.status,
            }
            for offer in product_offers(
                product=product, strategy=self.context["strategy"], site_offers=_site_offers(self)
            )
        ]


def _shown_price(shown) -> dict | None:
    if shown is None:
        return None
    return {
        "currency": shown.currency,
        "amount": _money(shown.amount),
        "was": _money(shown.was),
        "offer_name": shown.offer_name or None,
        "is_from": shown.is_from,
    }


def _money(amount) -> str | None:
    return None if amount is None else f"{amount:.2f}"


class ProductListSerializer(PurchaseInfoMixin, serializers.Serializer):
    """A product in a listing."""

    id = serializers.IntegerField()
    title = serializers.CharField(source="get_title")
    upc = serializers.CharField(allow_null=True)
    structure = serializers.CharField(help_text="standalone or parent (parents have variants).")
    product_class = serializers.CharField(source="product_class.name", allow_null=True)
    price = serializers.SerializerMethodField()
    shown_price = serializers.SerializerMethodField()
    availability = serializers.SerializerMethodField()
    seller = serializers.SerializerMethodField()
    sold_by = serializers.SerializerMethodField()
    primary_image = serializers.SerializerMethodField()

    @extend_schema_field(ImageSerializer(allow_null=True))
    def get_primary_image(self, product):
        images = product.images.all()
        return ImageSerializer(images[0], context=self.context).data if images else None


class CategoryRefSerializer(serializers.Serializer):
    """A category a product belongs to."""

    id = serializers.IntegerField()
    name = serializers.CharField()
    slug = serializers.CharField()


class VariantSerializer(OffersMixin, PurchaseInfoMixin, serializers.Serializer):
    """One buyable variant (child product) of a parent product."""

    id = serializers.IntegerField()
    title = serializers.CharField(source="get_title")
    upc = serializers.CharField(allow_null=True)
    price = serializers.SerializerMethodField()
    shown_price = serializers.SerializerMethodField()
    availability = serializers.SerializerMethodField()
    seller = serializers.SerializerMethodField()
    sold_by = serializers.SerializerMethodField()
    offers = serializers.SerializerMethodField()
    attributes = AttributeSerializer(source="attribute_values.all", many=True)
    images = ImageSerializer(source="images.all", many=True)


class ProductDetailSerializer(OffersMixin, ProductListSerializer):
    """A product with everything needed to show and buy it."""

    description = serializers.CharField()
    categories = CategoryRefSerializer(source="categories.all", many=True)
    attributes = AttributeSerializer(source="attribute_values.all", many=True)
    images = ImageSerializer(source="images.all", many=True)
    variants = VariantSerializer(source="get_public_children", many=True)
    offers = serializers.SerializerMethodField()


class CategoryNodeSerializer(serializers.Serializer):
    """A category and the categories below it."""

    id = serializers.IntegerField(source="category.id")
    name = serializers.CharField(source="category.name")
    slug = serializers.CharField(source="category.slug")
    description = serializers.CharField(source="category.description")

    def get_fields(self):
        fields = super().get_fields()
        fields["children"] = CategoryNodeSerializer(many=True)
        return fields
