"""A seller's own products and offers. Another seller's product or offer is a 404; a product
they only offer can be read, and only their offer on it changed (403 `not_product_owner`
otherwise); deleting a product others offer too is a 409 `product_has_other_offers`."""

from django.db import transaction
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from oscar.core.loading import get_model
from rest_framework import exceptions, mixins, status, viewsets
from rest_framework.response import Response

from commerce.api.schema import BODY_ERRORS, COMMON_ERRORS, ErrorSerializer, error_responses
from commerce.sellers.api.permissions import IsApprovedSeller
from commerce.sellers.selectors.access import seller_offer_on
from commerce.sellers.selectors.catalogue import seller_offer_list, seller_product_list
from commerce.sellers.services import catalogue as services

from .serializers import (
    OfferCreateSerializer,
    OfferUpdateSerializer,
    ProductCreateSerializer,
    ProductSerializer,
    ProductUpdateSerializer,
    SellerOfferSerializer,
)

Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")

TAG = "seller catalogue"
PRODUCT_FIELDS = ("title", "description", "upc", "is_public", "categories", "attributes")


class CatalogueRefused(exceptions.PermissionDenied):
    """403: the change is not yours to make; the message says what you may do instead."""


class CatalogueConflict(exceptions.APIException):
    """409: the catalogue's state forbids the change (others offer the product)."""

    status_code = status.HTTP_409_CONFLICT
    default_code = services.CatalogueRefusal.PRODUCT_HAS_OTHER_OFFERS


def api_refusal(refusal: services.CatalogueChangeRefused) -> exceptions.APIException:
    """The API error for a catalogue service's refusal (its code and sentence kept)."""
    if refusal.code == services.CatalogueRefusal.PRODUCT_HAS_OTHER_OFFERS:
        return CatalogueConflict(detail=refusal.message, code=str(refusal.code))
    return CatalogueRefused(detail=refusal.message, code=str(refusal.code))


REFUSED_403 = OpenApiResponse(
    response=ErrorSerializer,
    description="Not an approved seller (`not_approved_seller`), or the product is not yours "
    "to change (`not_product_owner`): change only your offer on it.",
)
CONFLICT_409 = OpenApiResponse(
    response=ErrorSerializer,
    description="Other sellers offer this product too (`product_has_other_offers`): remove "
    "your offer instead.",
)


class SellerViewSet(viewsets.GenericViewSet):
    permission_classes = [IsApprovedSeller]
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]

    @property
    def seller(self):
        return self.request.seller

    def handle_exception(self, exc):
        if isinstance(exc, services.CatalogueChangeRefused):
            exc = api_refusal(exc)
        return super().handle_exception(exc)


@extend_schema_view(
    list=extend_schema(
        tags=[TAG],
        summary="Your products: those you created and those you offer",
        responses={
            200: ProductSerializer(many=True),
            403: REFUSED_403,
            **error_responses(401, *COMMON_ERRORS),
        },
    ),
    retrieve=extend_schema(
        tags=[TAG],
        summary="One of your products with your offers on it",
        responses={
            200: ProductSerializer,
            403: REFUSED_403,
            **error_responses(401, 404, *COMMON_ERRORS),
        },
    ),
    create=extend_schema(
        tags=[TAG],
        summary="Create a product of your own, with your offer on it",
        request=ProductCreateSerializer,
        responses={201: ProductSerializer, 403: REFUSED_403, **error_responses(401, *BODY_ERRORS)},
    ),
    partial_update=extend_schema(
        tags=[TAG],
        summary="Change a product you created, or your offer on any of your products",
        request=ProductUpdateSerializer,
        responses={
            200: ProductSerializer,
            403: REFUSED_403,
            **error_responses(401, 404, *BODY_ERRORS),
        },
    ),
    destroy=extend_schema(
        tags=[TAG],
        summary="Delete a product you created that nobody else offers",
        responses={
            204: None,
            403: REFUSED_403,
            409: CONFLICT_409,
            **error_responses(401, 404, *COMMON_ERRORS),
        },
    ),
)
class SellerProductViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, SellerViewSet):
    """The caller's own catalogue: products they created or offer."""

    serializer_class = ProductSerializer

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # schema generation, no user
            return Product.objects.none()
        return seller_product_list(seller=self.seller)

    def _read(self, product, status_code=status.HTTP_200_OK) -> Response:
        product = self.get_queryset().get(pk=product.pk)
        return Response(ProductSerializer(product).data, status=status_code)

    def create(self, request):
        payload = ProductCreateSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        data = payload.validated_data
        product = services.seller_product_create(
            seller=self.seller,
            product_class=data["product_class"],
            title=data["title"],
            description=data.get("description", ""),
            upc=data.get("upc", ""),
            is_public=data["is_public"],
            categories=data["categories"],
            attributes=data.get("attributes"),
            **data["offer"],
        )
        return self._read(product, status.HTTP_201_CREATED)

    def partial_update(self, request, pk=None):
        product = self.get_object()
        payload = ProductUpdateSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        data = payload.validated_data
        changes = {name: data[name] for name in PRODUCT_FIELDS if name in data}
        with transaction.atomic():
            if changes:
                services.seller_product_update(seller=self.seller, product=product, **changes)
            if "offer" in data:
                offer = seller_offer_on(seller=self.seller, product=product)
                if offer is None:
                    services.seller_offer_create(
                        seller=self.seller, product=product, **data["offer"]
                    )
                else:
                    services.seller_offer_update(seller=self.seller, offer=offer, **data["offer"])
        return self._read(product)

    def destroy(self, request, pk=None):
        services.seller_product_delete(seller=self.seller, product=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)


@extend_schema_view(
    list=extend_schema(
        tags=[TAG],
        summary="Your offers (stock records): SKU, price and stock",
        responses={
            200: SellerOfferSerializer(many=True),
            403: REFUSED_403,
            **error_responses(401, *COMMON_ERRORS),
        },
    ),
    retrieve=extend_schema(
        tags=[TAG],
        summary="One of your offers",
        responses={
            200: SellerOfferSerializer,
            403: REFUSED_403,
            **error_responses(401, 404, *COMMON_ERRORS),
        },
    ),
    create=extend_schema(
        tags=[TAG],
        summary="Offer an existing catalogue product (a standalone product or a variant)",
        request=OfferCreateSerializer,
        responses={
            201: SellerOfferSerializer,
            403: REFUSED_403,
            **error_responses(401, *BODY_ERRORS),
        },
    ),
    partial_update=extend_schema(
        tags=[TAG],
        summary="Change the SKU, price or stock of your offer",
        request=OfferUpdateSerializer,
        responses={
            200: SellerOfferSerializer,
            403: REFUSED_403,
            **error_responses(401, 404, *BODY_ERRORS),
        },
    ),
    destroy=extend_schema(
        tags=[TAG],
        summary="Withdraw your offer (the product stays in the catalogue)",
        responses={204: None, 403: REFUSED_403, **error_responses(401, 404, *COMMON_ERRORS)},
    ),
)
class SellerOfferViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, SellerViewSet):
    """The caller's own offers."""

    serializer_class = SellerOfferSerializer

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # schema generation, no user
            return StockRecord.objects.none()
        return seller_offer_list(seller=self.seller)

    def _read(self, offer, status_code=status.HTTP_200_OK) -> Response:
        offer = self.get_queryset().get(pk=offer.pk)
        return Response(SellerOfferSerializer(offer).data, status=status_code)

    def create(self, request):
        payload = OfferCreateSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        data = dict(payload.validated_data)
        product = Product.objects.filter(pk=data.pop("product")).first()
        if product is None:
            raise exceptions.ValidationError(
                {"product": ["There is no product with this id in the catalogue."]}
            )
        offer = services.seller_offer_create(seller=self.seller, product=product, **data)
        return self._read(offer, status.HTTP_201_CREATED)

    def partial_update(self, request, pk=None):
        offer = self.get_object()
        payload = OfferUpdateSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        return self._read(
            services.seller_offer_update(seller=self.seller, offer=offer, **payload.validated_data)
        )

    def destroy(self, request, pk=None):
        services.seller_offer_delete(seller=self.seller, offer=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)
