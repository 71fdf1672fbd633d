"""Reads behind the CMS: navigation, announcements and live shop content for blocks."""

from dataclasses import dataclass
from datetime import datetime, time
from decimal import ROUND_HALF_UP, Decimal
from time import time_ns

from django.core.cache import cache
from django.db.models import F, QuerySet
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from oscar.core.loading import get_class, get_model
from wagtail.models import Page, Site

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")
Order = get_model("order", "Order")
StockRecord = get_model("partner", "StockRecord")
Selector = get_class("partner.strategy", "Selector")

CENT = Decimal("0.01")


@dataclass(frozen=True)
class MenuItem:
    title: str
    url: str


@dataclass(frozen=True)
class ProductCard:
    product: object
    title: str
    url: str
    image: object
    price: Decimal | None
    currency: str
    is_available: bool
    status: str
    original_price: Decimal | None = None


@dataclass(frozen=True)
class CategoryTile:
    name: str
    url: str
    image: object
    description: str


# ------------------------------------------------------------------ navigation


def _site_for(request) -> Site | None:
    return Site.find_for_request(request) if request is not None else None


def _fallback_main(request) -> list[MenuItem]:
    items = [MenuItem("Shop", reverse("catalogue:index"))]
    site = _site_for(request)
    if site is None:
        return items
    for page in Page.objects.child_of(site.root_page).live().in_menu():
        items.append(MenuItem(page.title, page.get_url(request=request)))
    return items


def _fallback_footer(request) -> list[MenuItem]:
    site = _site_for(request)
    if site is None:
        return []
    pages = Page.objects.child_of(site.root_page).live().public()
    return [MenuItem(page.title, page.get_url(request=request)) for page in pages]


def _menu_items(*, location: str, request) -> list[MenuItem] | None:
    from cms.core.models import Menu

    menu = Menu.objects.filter(location=location).first()
    if menu is None:
        return None
    links = menu.items.select_related("link_page", "link_category").order_by("sort_order")
    items = []
    for link in links:
        url = link.url_for(request=request)
        if url:
            items.append(MenuItem(link.title_for(), url))
    return items


# The header and footer are on every page: their menus and announcements are cached under a
# version number that `cms.core.services.chrome_cache_invalidate` bumps whenever an editor changes
# a menu, an announcement, a page or a category, so cached chrome is never stale.
CHROME_VERSION_KEY = "cms:chrome:version"
CHROME_TIMEOUT = 60 * 60


def chrome_version() -> int:
    """The current version of the cached header/footer data."""
    version = cache.get(CHROME_VERSION_KEY)
    if version is None:
        # A fresh number, so entries cached under an evicted version can never come back.
        cache.add(CHROME_VERSION_KEY, time_ns(), None)
        version = cache.get(CHROME_VERSION_KEY)
    return version


def _cached_chrome(name: str, build):
    key = f"cms:chrome:{chrome_version()}:{name}"
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, CHROME_TIMEOUT)
    return value


def menu_main(*, request) -> list[MenuItem]:
    """Header links from the "main" menu snippet, else the shop plus the home page's menu pages."""

    def build():
        items = _menu_items(location="main", request=request)
        return items if items is not None else _fallback_main(request)

    site = _site_for(request)
    return _cached_chrome(f"menu:main:{site.pk if site else 0}", build)


def menu_footer(*, request) -> list[MenuItem]:
    """Footer links from the "footer" menu snippet, else every live page under the home page."""

    def build():
        items = _menu_items(location="footer", request=request)
        return items if items is not None else _fallback_footer(request)

    site = _site_for(request)
    return _cached_chrome(f"menu:footer:{site.pk if site else 0}", build)


def announcement_current(*, now: datetime | None = None):
    """The live announcement whose start/end window contains `now`, most recently started first."""
    from cms.core.models import Announcement

    now = now or timezone.now()

    def build():
        # Everything not yet over, in display order; the time window is applied per request.
        return list(
            Announcement.objects.exclude(ends_at__lte=timezone.now()).order_by(
                F("starts_at").desc(nulls_last=True), "-pk"
            )
        )

    for announcement in _cached_chrome("announcements", build):
        started = announcement.starts_at is None or announcement.starts_at <= now
        not_over = announcement.ends_at is None or announcement.ends_at > now
        if started and not_over:
            return announcement
    return None


def article_list(*, index: Page, tag: str = "") -> QuerySet:
    """Live journal articles under `index`, newest first, optionally carrying `tag`."""
    from cms.pages.models import ArticlePage

    articles = ArticlePage.objects.child_of(index).live().order_by("-date", "-pk")
    if tag:
        articles = articles.filter(tags__name=tag)
    return articles


# ------------------------------------------------------------------ live shop content


def _strategy(request):
    strategy = getattr(request, "strategy", None)
    if strategy is None:
        user = getattr(request, "user", None)
        strategy = Selector().strategy(request=request, user=user)
    return strategy


def _card(*, product, strategy, discount=None) -> ProductCard:
    info = (
        strategy.fetch_for_parent(product)
        if product.is_parent
        else strategy.fetch_for_product(product)
    )
    price = info.price
    amount = None
    if price.exists:
        amount = price.incl_tax if price.is_tax_known else price.excl_tax
    available = bool(info.availability.is_available_to_buy)
    if not price.exists:
        status = "Currently unavailable"
    elif not available:
        status = "Sold out"
    else:
        status = ""
    shown_original = None
    if discount is not None and amount is not None:
        discounted = discount(amount)
        if discounted < amount:
            shown_original, amount = amount, discounted
    return ProductCard(
        product=product,
        title=product.get_title(),
        url=product.get_absolute_url(),
        image=product.primary_image(),
        price=amount,
        currency=price.currency if price.exists else "",
        is_available=available and price.exists,
        status=status,
        original_price=shown_original,
    )


def _browsable(queryset: QuerySet) -> QuerySet:
    # Parent products are priced from their public children's stock: fetch those in bulk too.
    return (
        queryset.browsable()
        .base_queryset()
        .prefetch_public_children(
            queryset=Product.objects.public()
            .select_related("parent__product_class")
            .prefetch_related("stockrecords")
        )
    )


def product_cards(*, product_ids: list[int], request) -> list[ProductCard]:
    """Cards for the chosen products in the editor's order: current price and stock from Oscar's
    strategy; hidden or deleted products are left out, sold-out ones marked."""
    if not product_ids:
        return []
    by_id = {
        product.pk: product for product in _browsable(Product.objects.filter(pk__in=product_ids))
    }
    strategy = _strategy(request)
    return [
        _card(product=by_id[pk], strategy=strategy)
        for pk in dict.fromkeys(product_ids)
        if pk in by_id
    ]


def _offer_discount(offer):
    """A per-item price function for the offer's benefit, or None when it has no per-item price."""
    benefit = offer.benefit
    value = Decimal(benefit.value or 0)
    kind = benefit.type
    if kind == benefit.PERCENTAGE:
        return lambda price: (price * (100 - min(value, 100)) / 100).quantize(CENT, ROUND_HALF_UP)
    if kind == benefit.FIXED_UNIT:
        return lambda price: max(price - value, Decimal("0.00"))
    return None


def offer_cards(*, offer, limit: int, request) -> list[ProductCard]:
    """Cards for the products of an offer's range at the offer's price, while the offer runs."""
    if offer is None or not offer.is_available() or offer.benefit.range is None:
        return []
    products = _browsable(offer.benefit.range.all_products()).order_by("title", "pk")[:limit]
    strategy = _strategy(request)
    discount = _offer_discount(offer)
    return [_card(product=product, strategy=strategy, discount=discount) for product in products]


def category_tiles(*, category_ids: list[int]) -> list[CategoryTile]:
    """Tiles for the chosen public categories in the editor's order."""
    if not category_ids:
        return []
    by_id = {c.pk: c for c in Category.objects.filter(pk__in=category_ids, is_public=True)}
    return [
        CategoryTile(
            name=by_id[pk].name,
            url=by_id[pk].get_absolute_url(),
            image=by_id[pk].image or None,
            description=by_id[pk].description,
        )
        for pk in dict.fromkeys(category_ids)
        if pk in by_id
    ]


# ------------------------------------------------------------------ shop figures for editors


def orders_today_count(*, now: datetime | None = None) -> int:
    """Orders placed since midnight in the shop's time zone."""
    now = timezone.localtime(now or timezone.now())
    midnight = timezone.make_aware(datetime.combine(now.date(), time.min), now.tzinfo)
    return Order.objects.filter(date_placed__gte=midnight).count()


def low_stock_count() -> int:
    """Stock records at or below their low-stock threshold (what Oscar raises stock alerts for)."""
    return StockRecord.objects.filter(
        low_stock_threshold__isnull=False,
        num_in_stock__isnull=False,
        num_in_stock__lte=F("low_stock_threshold") + Coalesce(F("num_allocated"), 0),
    ).count()
