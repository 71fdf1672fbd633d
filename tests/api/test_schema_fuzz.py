"""Schemathesis fuzzes every documented operation through WSGI (no server, no network):
no 5xx, responses match the schema, and operations that require a token refuse calls without
one (and with a forged one). Bounded: a few examples per operation and a per-example deadline."""

from datetime import timedelta
from decimal import Decimal

import pytest
import schemathesis
from django.core import signals
from django.db import close_old_connections
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from oscar.apps.catalogue.categories import create_from_breadcrumbs
from oscar.test.factories import create_order, create_product
from rest_framework_simplejwt.tokens import RefreshToken
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import ignored_auth, response_schema_conformance

from config.wsgi import application

schema = schemathesis.openapi.from_wsgi("/api/v1/schema/?format=json", application)

CHECKS = [not_a_server_error, response_schema_conformance, ignored_auth]


@pytest.fixture
def _wsgi_keeps_the_test_connection():
    # Django's WSGI handler closes the DB connection at the end of each request, which would
    # end the test's transaction; Django's own test client disconnects the same receivers.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def bearer(db, make_user, settings, _wsgi_keeps_the_test_connection):
    # Fuzzing sends many requests from one address: lift the throttles for this run only.
    rates = dict.fromkeys(settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"], "100000/min")
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": rates}
    user = make_user(email="fuzz@example.com")
    _shop_with_something_in_it(user)
    return {"Authorization": f"Bearer {RefreshToken.for_user(user).access_token}"}


def _shop_with_something_in_it(user):
    # So that list responses carry real items for the response-schema check.
    category = create_from_breadcrumbs("Home > Kitchen")
    product = create_product(title="Linen apron", price=Decimal("24.00"), num_in_stock=3)
    product.categories.add(category)
    create_product(title="Sold out", price=Decimal("5.00"), num_in_stock=0)
    parent = create_product(title="T-shirt", structure="parent")
    create_product(parent=parent, price=Decimal("12.00"), num_in_stock=2, attributes={"size": "S"})
    create_order(user=user)


@schema.parametrize()
@hypothesis_settings(
    max_examples=15,
    deadline=timedelta(seconds=3),
    suppress_health_check=list(HealthCheck),
    derandomize=True,
    database=None,
)
def test_every_operation_survives_fuzzing_and_matches_its_schema(case, bearer):
    case.call_and_validate(headers=bearer, checks=CHECKS)


def test_every_operation_that_requires_a_token_refuses_a_call_without_one(api_client, db):
    raw = api_client.get("/api/v1/schema/?format=json").json()
    required = [
        (path, method)
        for path, operations in raw["paths"].items()
        for method, operation in operations.items()
        if operation.get("security") and {} not in operation["security"]
    ]
    assert ("/api/v1/me/", "get") in required
    assert ("/api/v1/orders/", "get") in required
    for path, method in required:
        url = path.replace("{number}", "1").replace("{id}", "1")
        response = getattr(api_client, method)(url, {}, format="json")
        assert response.status_code == 401, f"{method.upper()} {path}"
        assert response.json()["error"]["code"] == "not_authenticated"
