"""The shop under test: a fresh database with the demo catalogue, its static files, the pages
to measure and shoppers with one item in their basket. Runs in the bench's own process, under
the bench settings (config.settings.bench)."""

import http.cookiejar
import urllib.parse
import urllib.request
from dataclasses import dataclass

# The uncached rows' cookie: an unknown session, so the page is rendered for an anonymous
# shopper who has a session, never answered from the page cache (see the page cache's rule).
UNCACHED_COOKIE = "sessionid=bench-uncached"


@dataclass(frozen=True)
class Page:
    """A page to load: its name in the table, a key that names it across runs, its kind (for
    the targets: robots, storefront, product, basket, api) and its path; `basket` pages need a
    shopper; `cacheable` pages are measured from the page cache too."""

    name: str
    key: str
    kind: str
    path: str
    basket: bool = False
    cacheable: bool = True


def database_fresh(*, url: str, name: str) -> str:
    """Drop and create database `name` on the server of `url`; returns its URL."""
    import psycopg2

    parts = urllib.parse.urlparse(url)
    admin = psycopg2.connect(parts._replace(path="/postgres").geturl())
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{name}"')
    admin.close()
    return parts._replace(path=f"/{name}").geturl()


def shop_prepare(*, products: int) -> None:
    """Migrate, load the demo shop with `products` generated products, collect static files."""
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    call_command("load_demo", products=products, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    with connection.cursor() as cursor:
        # A live database has planner statistics; a freshly bulk-loaded one has none yet.
        cursor.execute("ANALYZE")
    connection.close()


def pages_to_measure() -> list[Page]:
    """The issue's pages, found in the demo data (the biggest category, a product with
    variants, the landing page with product blocks)."""
    from oscar.core.loading import get_model

    from cms.pages.models import LandingPage

    Category = get_model("catalogue", "Category")
    Product = get_model("catalogue", "Product")
    # Products sit in leaf categories: count a top category's whole subtree.
    biggest = max(
        Category.objects.filter(depth=1),
        key=lambda c: Product.objects.filter(categories__path__startswith=c.path).count(),
    )
    category = biggest.get_absolute_url()
    landing = LandingPage.objects.live().first()
    parent = Product.objects.filter(structure=Product.PARENT).order_by("pk").first()
    shop = "storefront"
    pages = [
        Page("/robots.txt (full middleware)", "robots", "robots", "/robots.txt", cacheable=False),
        Page("home", "home", shop, "/"),
    ]
    if landing:
        pages.append(Page("landing page with product blocks", "landing", shop, landing.get_url()))
    pages += [
        Page("catalogue", "catalogue", shop, "/shop/catalogue/"),
        Page(f"category ({biggest.name})", "category", shop, category),
        Page(
            "category + colour + price band",
            "category-facets",
            shop,
            f"{category}?attr_colour=Blue&price=25-50",
        ),
        Page('search "shirt"', "search", shop, "/shop/search/?q=shirt"),
        Page('search typo "shrit"', "search-typo", shop, "/shop/search/?q=shrit"),
    ]
    if parent:
        pages.append(Page("product with variants", "product", "product", parent.get_absolute_url()))
    pages += [
        Page(
            "basket with 1 item", "basket", "basket", "/shop/basket/", basket=True, cacheable=False
        ),
        Page("API product list", "api-list", "api", "/api/v1/products/", cacheable=False),
    ]
    return pages


def product_to_buy() -> tuple[str, int]:
    """A standalone product on sale and in stock: its page and its id."""
    from oscar.core.loading import get_model

    from commerce.partner.pricing import products_with_offer

    Product = get_model("catalogue", "Product")
    product = (
        products_with_offer(Product.objects.filter(structure=Product.STANDALONE))
        .filter(offer_in_stock=True)
        .order_by("pk")
        .first()
    )
    return product.get_absolute_url(), product.pk


def shoppers_with_one_item(*, base: str, count: int) -> list[str]:
    """`count` anonymous shoppers who each put one product in their basket through the shop's
    own pages; each as the Cookie header that carries their session and basket."""
    from django.urls import reverse

    page, pk = product_to_buy()
    add = reverse("basket:add", kwargs={"pk": pk})
    shoppers = []
    for _ in range(count):
        jar = http.cookiejar.CookieJar()
        browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        browser.open(base + page, timeout=60).read()
        token = next(cookie.value for cookie in jar if cookie.name == "csrftoken")
        form = urllib.parse.urlencode({"csrfmiddlewaretoken": token, "quantity": 1}).encode()
        browser.open(urllib.request.Request(base + add, data=form), timeout=60).read()
        shoppers.append("; ".join(f"{cookie.name}={cookie.value}" for cookie in jar))
    return shoppers


def page_answers(*, base: str, page: Page, cookie: str | None, times: int = 1) -> str:
    """Request `page` `times` times (it warms the worker, and fills the page cache); stop the
    bench if it is not a 200. Returns the last answer's X-Page-Cache header ("none" without)."""
    for _ in range(times):
        request = urllib.request.Request(base + page.path)
        if cookie:
            request.add_header("Cookie", cookie)
        with urllib.request.urlopen(request, timeout=60) as response:
            body = response.read()
            cache = response.headers.get("X-Page-Cache") or "none"
            if response.status != 200 or response.geturl() != base + page.path:
                raise SystemExit(f"{page.path} answered {response.status} at {response.geturl()}")
    if page.basket and b"basket" not in body.lower():
        raise SystemExit(f"{page.path} does not look like a basket page")
    return cache
