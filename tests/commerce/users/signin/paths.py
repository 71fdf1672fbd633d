"""The site's sign-in forms, each driven like a browser: `sign_in(client, email, password,
**extra)` posts the form; `ready(client)` brings the client to where the form is."""

from collections.abc import Callable
from dataclasses import dataclass

from django.urls import reverse

from tests.commerce.checkout.steps import add_to_basket
from tests.factories import ProductFactory


@dataclass(frozen=True)
class SignInPath:
    name: str
    url: Callable[[], str]
    fields: Callable[[str, str], dict]
    ready: Callable = lambda client: None

    def sign_in(self, client, email: str, password: str, **extra):
        return client.post(self.url(), self.fields(email, password), **extra)

    def __str__(self):
        return self.name


def _basket_filled(client):
    # The checkout's gateway is only shown with something in the basket.
    add_to_basket(client, ProductFactory(title="Wool throw", price="20.00", stock=5))


SHOP_LOGIN = SignInPath(
    "shop",
    lambda: reverse("customer:login"),
    lambda email, password: {
        "login-username": email,
        "login-password": password,
        "login_submit": "Log in",
    },
)
WAGTAIL_LOGIN = SignInPath(
    "wagtail",
    lambda: reverse("wagtailadmin_login"),
    lambda email, password: {"username": email, "password": password},
)
DJANGO_ADMIN_LOGIN = SignInPath(
    "django-admin",
    lambda: reverse("admin:login"),
    lambda email, password: {"username": email, "password": password},
)
CHECKOUT_GATEWAY = SignInPath(
    "checkout",
    lambda: reverse("checkout:index"),
    lambda email, password: {"username": email, "password": password, "options": "existing"},
    ready=_basket_filled,
)

SIGN_IN_PATHS = [SHOP_LOGIN, WAGTAIL_LOGIN, DJANGO_ADMIN_LOGIN, CHECKOUT_GATEWAY]
