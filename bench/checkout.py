"""Checkout under load: concurrent guest shoppers, each with its own session, buying one product
of limited stock through the shop's real checkout over HTTP until it is sold out; then what the
database says (orders, units allocated, units oversold).

Each shopper does what a browser does, redirect by redirect: add to basket, "checkout as a
guest", shipping address, delivery method, payment method (cash on delivery), preview, place
order, thank-you page."""

import http.cookiejar
import math
import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import asdict, dataclass, field

from bench.shop import UNCACHED_COOKIE

ADDRESS = {
    "first_name": "Bench",
    "last_name": "Shopper",
    "line1": "1 Loom Street",
    "line4": "London",
    "postcode": "N1 9GU",
    "phone_number": "",
    "notes": "",
}
PAYMENT = "cash-on-delivery"
SHIPPING = "standard"
COUNTRY = re.compile(rb'name="country"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="country"')


@dataclass(frozen=True)
class CheckoutResult:
    """What a checkout run measured: orders placed, their rate, the place-order request's
    latency, refusals once sold out, errors, and the stock afterwards."""

    shoppers: int
    stock: int
    orders: int
    seconds: float
    orders_per_second: float
    requests_per_order: float
    place_order_p50_ms: float
    place_order_p95_ms: float
    refused: int  # shoppers told the product is sold out (how every shopper ends)
    errors: int  # any other answer: an error page, a wrong redirect, a broken connection
    units_ordered: int  # units on order lines for the product, placed during the run
    units_allocated: int  # the stock record's num_allocated after the run
    oversold: int  # units ordered or allocated beyond the stock
    error_samples: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


class Refused(Exception):
    """The shop sent the shopper back to the basket: the product is sold out."""


class Unexpected(Exception):
    """An answer no browser step expects (an error page, a wrong redirect)."""


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@dataclass
class _Answer:
    status: int
    location: str
    body: bytes


class Shopper:
    """One browser: its own cookies (session, basket, CSRF token), no redirects followed
    unless the step asks."""

    def __init__(self, *, base: str, email: str):
        self.base = base
        self.email = email
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect
        )
        self.requests = 0

    def _send(self, request: urllib.request.Request) -> _Answer:
        self.requests += 1
        try:
            with self.opener.open(request, timeout=60) as response:
                return _Answer(
                    response.status, response.headers.get("Location", ""), response.read()
                )
        except urllib.error.HTTPError as answer:
            return _Answer(answer.code, answer.headers.get("Location", ""), answer.read())

    def get(self, path: str, cookie: str = "") -> _Answer:
        request = urllib.request.Request(self.base + path)
        if cookie:  # only while the jar is empty: the jar's own cookies replace it
            request.add_header("Cookie", cookie)
        return self._send(request)

    def post(self, path: str, data: dict, page: str = "") -> _Answer:
        """POST the form of `page` (default: the same path) to `path`."""
        token = next((c.value for c in self.jar if c.name == "csrftoken"), "")
        form = urllib.parse.urlencode({"csrfmiddlewaretoken": token, **data}).encode()
        request = urllib.request.Request(self.base + path, data=form)
        request.add_header("Referer", self.base + (page or path))
        return self._send(request)


def _path(location: str) -> str:
    return urllib.parse.urlsplit(location).path


def _expect(
    answer: _Answer, *, step: str, to: str | None = None, basket: str, back: str = ""
) -> _Answer:
    """The answer a browser step expects: a 200, or a redirect to `to`; a redirect to the
    basket (or `back` to the page the form was on) is a refusal (sold out)."""
    if answer.status in (301, 302, 303) and _path(answer.location) in (basket, back):
        raise Refused(step)
    if to is None and answer.status == 200:
        return answer
    if to is not None and answer.status in (301, 302, 303) and _path(answer.location) == to:
        return answer
    raise Unexpected(f"{step}: {answer.status} {answer.location or answer.body[:120]!r}")


def _urls(product_pk: int) -> dict[str, str]:
    from django.urls import reverse

    return {
        "add": reverse("basket:add", kwargs={"pk": product_pk}),
        "basket": reverse("basket:summary"),
        "index": reverse("checkout:index"),
        "address": reverse("checkout:shipping-address"),
        "method": reverse("checkout:shipping-method"),
        "payment": reverse("checkout:payment-method"),
        "details": reverse("checkout:payment-details"),
        "preview": reverse("checkout:preview"),
        "thanks": reverse("checkout:thank-you"),
    }


def order_placed(*, shopper: Shopper, urls: dict[str, str], product_page: str) -> float:
    """Walk one order through every checkout step; returns the place-order request's time
    in seconds. Raises Refused once sold out, Unexpected on anything else."""
    basket = urls["basket"]
    # From the product page; the shop sends a refused add back to it, an added one on to `next`.
    add = shopper.post(urls["add"], {"quantity": 1, "next": urls["index"]}, page=product_page)
    _expect(add, step="add to basket", to=urls["index"], basket=basket, back=product_page)
    _expect(shopper.get(urls["index"]), step="checkout", basket=basket)
    guest = shopper.post(urls["index"], {"username": shopper.email, "options": "anonymous"})
    _expect(guest, step="as a guest", to=urls["address"], basket=basket)
    form = _expect(shopper.get(urls["address"]), step="address form", basket=basket)
    country = COUNTRY.search(form.body)
    address = {**ADDRESS, **({"country": (country[1] or country[2]).decode()} if country else {})}
    posted = shopper.post(urls["address"], address)
    _expect(posted, step="address", to=urls["method"], basket=basket)
    _expect(shopper.get(urls["method"]), step="delivery form", basket=basket)
    chosen = shopper.post(urls["method"], {"method_code": SHIPPING})
    _expect(chosen, step="delivery", to=urls["payment"], basket=basket)
    _expect(shopper.get(urls["payment"]), step="payment", to=urls["details"], basket=basket)
    _expect(shopper.get(urls["details"]), step="payment form", basket=basket)
    preview = shopper.post(urls["preview"], {"payment_method": PAYMENT})
    _expect(preview, step="preview", basket=basket)
    started = time.perf_counter()
    placed = shopper.post(urls["preview"], {"action": "place_order", "payment_method": PAYMENT})
    took = time.perf_counter() - started
    if placed.status == 200 and b"no longer available" in placed.body:
        raise Refused("place order")
    _expect(placed, step="place order", to=urls["thanks"], basket=basket)
    _expect(shopper.get(urls["thanks"]), step="thank-you", basket=basket)
    return took


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile (`share` in 0..100) of `values`; 0 for none."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share / 100 * len(ordered)) - 1)]


def checkout_load(
    *,
    base: str,
    product_pk: int,
    shoppers: int,
    timeout: float = 180,
    max_errors: int = 5,
) -> dict:
    """`shoppers` concurrent guest shoppers buy one unit of the product per order until the
    shop refuses them (sold out), `max_errors` errors in a row or `timeout` seconds; returns
    the orders, their times and the failures (the database is read by `stock_after`)."""
    from django.apps import apps

    urls = _urls(product_pk)
    product = apps.get_model("catalogue", "Product").objects.get(pk=product_pk)
    product_page = product.get_absolute_url()
    browsers = []
    for number in range(shoppers):
        # Prepared before the clock starts: a CSRF token from the product page, asked for
        # with a session cookie so that it is never answered from the page cache.
        browser = Shopper(base=base, email=f"bench-shopper-{number}@example.com")
        page = browser.get(product_page, cookie=UNCACHED_COOKIE)
        if page.status != 200 or not any(c.name == "csrftoken" for c in browser.jar):
            raise Unexpected(f"{product_page}: {page.status}, no CSRF cookie")
        browser.requests = 0
        browsers.append(browser)
    lock = threading.Lock()
    placed: list[tuple[float, float]] = []  # (finished at, place-order seconds)
    failures = {"refused": 0, "errors": 0, "samples": []}
    start = threading.Barrier(shoppers + 1)
    deadline: list[float] = []

    def shop(browser: Shopper) -> None:
        start.wait()
        in_a_row = 0
        while time.monotonic() < deadline[0]:
            try:
                took = order_placed(shopper=browser, urls=urls, product_page=product_page)
            except Refused:
                with lock:
                    failures["refused"] += 1
                return
            except (Unexpected, OSError) as error:
                in_a_row += 1
                with lock:
                    failures["errors"] += 1
                    if len(failures["samples"]) < 5:
                        failures["samples"].append(str(error)[:300])
                if in_a_row >= max_errors:
                    return
                continue
            in_a_row = 0
            with lock:
                placed.append((time.monotonic(), took))

    threads = [threading.Thread(target=shop, args=(b,), daemon=True) for b in browsers]
    for thread in threads:
        thread.start()
    began = time.monotonic()
    deadline.append(began + timeout)
    start.wait()
    for thread in threads:
        thread.join()
    ended = max((at for at, _took in placed), default=time.monotonic())
    return {
        "shoppers": shoppers,
        "orders": len(placed),
        "seconds": ended - began,
        "requests": sum(b.requests for b in browsers),
        "place_order_seconds": [took for _at, took in placed],
        **failures,
    }


def checkout_product_prepare(*, stock: int) -> tuple[int, int]:
    """A standalone product sold by one seller, its stock set to `stock` with nothing
    allocated: its id, and the units already on order lines."""
    from django.db.models import Count, Sum
    from oscar.core.loading import get_model

    from commerce.partner.pricing import products_with_offer

    Product = get_model("catalogue", "Product")
    StockRecord = get_model("partner", "StockRecord")
    Line = get_model("order", "Line")
    product = (
        products_with_offer(Product.objects.filter(structure=Product.STANDALONE))
        .filter(offer_in_stock=True)
        .annotate(sellers=Count("stockrecords", distinct=True))
        .filter(sellers=1)
        .order_by("-pk")
        .first()
    )
    StockRecord.objects.filter(product=product).update(num_in_stock=stock, num_allocated=0)
    before = Line.objects.filter(product=product).aggregate(units=Sum("quantity"))["units"] or 0
    return product.pk, before


def stock_after(*, product_pk: int, stock: int, lines_before: int) -> dict:
    """Units ordered during the run, units allocated, and units oversold (beyond `stock`)."""
    from django.db.models import Sum
    from oscar.core.loading import get_model

    StockRecord = get_model("partner", "StockRecord")
    Line = get_model("order", "Line")
    record = StockRecord.objects.get(product_id=product_pk)
    units = Line.objects.filter(product_id=product_pk).aggregate(units=Sum("quantity"))["units"]
    ordered = (units or 0) - lines_before
    allocated = record.num_allocated or 0
    return {
        "units_ordered": ordered,
        "units_allocated": allocated,
        "oversold": max(0, ordered - stock, allocated - record.num_in_stock),
    }


def checkout_result(*, run: dict, stock: int, sold: dict) -> CheckoutResult:
    """The run's figures and the database's, as one result."""
    orders = run["orders"]
    times = run["place_order_seconds"]
    return CheckoutResult(
        shoppers=run["shoppers"],
        stock=stock,
        orders=orders,
        seconds=round(run["seconds"], 2),
        orders_per_second=round(orders / run["seconds"], 1) if run["seconds"] else 0.0,
        requests_per_order=round(run["requests"] / orders, 1) if orders else 0.0,
        place_order_p50_ms=round(1000 * percentile(times, 50), 1),
        place_order_p95_ms=round(1000 * percentile(times, 95), 1),
        refused=run["refused"],
        errors=run["errors"],
        error_samples=run["samples"],
        **sold,
    )


def checkout_measure(*, base: str, shoppers: int, stock: int) -> CheckoutResult:
    """Sell `stock` units of one product to `shoppers` concurrent guest shoppers through the
    real checkout, and read what was sold from the database."""
    pk, before = checkout_product_prepare(stock=stock)
    run = checkout_load(base=base, product_pk=pk, shoppers=shoppers)
    return checkout_result(
        run=run, stock=stock, sold=stock_after(product_pk=pk, stock=stock, lines_before=before)
    )
