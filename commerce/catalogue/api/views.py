"""Public, read-only catalogue endpoints."""

from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import filters, viewsets
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from commerce.api.schema import COMMON_ERRORS, error_responses
from commerce.catalogue.prices import site_offers_of

from . import selectors
from .filters import ProductFilter, SearchFilter
from .serializers import CategoryNodeSerializer, ProductDetailSerializer, ProductListSerializer

TAG = "catalogue"


@extend_schema_view(
    list=extend_schema(
        tags=[TAG],
        summary="Products: filter, search, order, paginate",
        responses={
            200: ProductListSerializer(many=True),
            **error_responses(400, 401, *COMMON_ERRORS),
        },
    ),
    retrieve=extend_schema(
        tags=[TAG],
        summary="One product with variants, images, attributes, price and availability",
        responses={200: ProductDetailSerializer, **error_responses(401, 404, *COMMON_ERRORS)},
    ),
)
class ProductViewSet(viewsets.ReadOnlyModelViewSet):
    """Public products; prices and availability as Oscar's strategy gives them to this caller."""

    permission_classes = [AllowAny]
    filter_backends = [DjangoFilterBackend, SearchFilter, filters.OrderingFilter]
    filterset_class = ProductFilter
    search_fields = ["title", "description", "upc"]
    ordering_fields = ["title", "date_created", "price"]
    ordering = ["-date_created", "-pk"]

    def get_queryset(self):
        if self.action == "retrieve":
            return selectors.product_detail_list()
        return selectors.product_list()

    def get_serializer_class(self):
        if self.action == "retrieve":
            return ProductDetailSerializer
        return ProductListSerializer

    def get_serializer_context(self):
        context = super().get_serializer_context()
        context["strategy"] = selectors.request_strategy(request=self.request)
        context["site_offers"] = site_offers_of(request=self.request)
        return context

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        if page is not None:
            # Which products the automatic offers cover: asked once for the page.
            site_offers_of(request=self.request).load(products=page)
        return page


class CategoryTreeView(APIView):
    """The browsable category tree."""

    permission_classes = [AllowAny]

    @extend_schema(
        tags=[TAG],
        summary="The category tree",
        responses={200: CategoryNodeSerializer(many=True), **error_responses(401, *COMMON_ERRORS)},
    )
    def get(self, request):
        return Response(CategoryNodeSerializer(selectors.category_tree(), many=True).data)
