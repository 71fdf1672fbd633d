"""Reads for the public catalogue API. Querysets prefetch everything their serializers and
Oscar's pricing strategy touch, so a page costs the same few queries whatever its size."""

from django.db.models import F, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from oscar.core.loading import get_class, get_model

Product = get_model("catalogue", "Product")
ProductCategory = get_model("catalogue", "ProductCategory")
Category = get_model("catalogue", "Category")
StockRecord = get_model("partner", "StockRecord")
Selector = get_class("partner.strategy", "Selector")


def _stockrecords() -> Prefetch:
    return Prefetch("stockrecords", queryset=StockRecord.objects.select_related("partner__seller"))


def _public_children(*related) -> QuerySet:
    # For Oscar's `prefetch_public_children`: the strategy reads them (get_public_children), so
    # parent prices and availability come from this prefetch, not one query per product.
    return Product.objects.public().prefetch_related(_stockrecords(), *related).order_by("pk")


def _lowest_price() -> Subquery:
    records = StockRecord.objects.filter(
        Q(product=OuterRef("pk")) | Q(product__parent=OuterRef("pk"), product__is_public=True),
        price__isnull=False,
    )
    return Subquery(records.order_by("price").values("price")[:1])


def _browsable_products() -> QuerySet:
    return (
        Product.objects.browsable()
        .select_related("product_class")
        .annotate(price=_lowest_price())
        .order_by("-date_created", "-pk")
    )


def product_list() -> QuerySet:
    """Public standalone and parent products, ready for the list serializer; `price` is the
    lowest stock record price (for ordering)."""
    return (
        _browsable_products()
        .prefetch_related(_stockrecords(), "images")
        .prefetch_public_children(queryset=_public_children())
    )


def product_detail_list() -> QuerySet:
    """Public products with variants, images, attributes and categories prefetched."""
    return (
        _browsable_products()
        .prefetch_related(_stockrecords(), "images", "attribute_values__attribute", "categories")
        .prefetch_public_children(
            queryset=_public_children("attribute_values__attribute", "images")
        )
    )


def products_priced_between(*, products: QuerySet, min_price=None, max_price=None) -> QuerySet:
    """Products with a stock record (their own or a public variant's) priced in the range."""
    records = StockRecord.objects.filter(price__isnull=False)
    if min_price is not None:
        records = records.filter(price__gte=min_price)
    if max_price is not None:
        records = records.filter(price__lte=max_price)
    return _with_matching_records(products=products, records=records)


def products_sold_by(*, products: QuerySet, partner_id: int) -> QuerySet:
    """Products that the partner (seller) has a stock record for."""
    records = StockRecord.objects.filter(partner_id=partner_id)
    return _with_matching_records(products=products, records=records)


def products_available(*, products: QuerySet, available: bool) -> QuerySet:
    """Products that can (or cannot) be bought now: a stock record with net stock left, or
    one of a product class that does not track stock."""
    records = StockRecord.objects.filter(
        Q(product__product_class__track_stock=False)
        | Q(product__parent__product_class__track_stock=False)
        | Q(num_in_stock__gt=Coalesce(F("num_allocated"), 0)),
        price__isnull=False,
    )
    matching = _with_matching_records(products=Product.objects.all(), records=records)
    if available:
        return products.filter(pk__in=matching.values("pk"))
    return products.exclude(pk__in=matching.values("pk"))


def _with_matching_records(*, products: QuerySet, records: QuerySet) -> QuerySet:
    own = records.values("product_id")
    of_public_variant = records.filter(product__is_public=True).values("product__parent_id")
    return products.filter(Q(pk__in=own) | Q(pk__in=of_public_variant))


def products_in_category(*, products: QuerySet, category_id: int) -> QuerySet:
    """Products in the category or any category below it."""
    category = Category.objects.filter(pk=category_id).first()
    if category is None:
        return products.none()
    subtree = category.get_descendants_and_self()
    return products.filter(
        pk__in=ProductCategory.objects.filter(category__in=subtree).values("product_id")
    )


def request_strategy(*, request):
    """The pricing strategy Oscar would use for this request and user."""
    return Selector().strategy(request=request, user=request.user)


def category_tree() -> list[dict]:
    """The browsable category tree as nested dicts (one query)."""
    roots: list[dict] = []
    stack: list[dict] = []
    for category in Category.objects.browsable().order_by("path"):
        node = {"category": category, "children": []}
        del stack[category.depth - 1 :]
        (stack[-1]["children"] if stack else roots).append(node)
        stack.append(node)
    return roots
