import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from rest_framework.test import APIClient

PASSWORD = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _fresh_throttles():
    # Throttle counters live in the (locmem) cache; every test starts with none.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def api_client():
    return APIClient()


@pytest.fixture
def make_user(db):
    def make(email="shopper@example.com", password=PASSWORD, **extra):
        return get_user_model().objects.create_user(email=email, password=password, **extra)

    return make


@pytest.fixture
def shopper(make_user):
    return make_user()


def sign_in(client, email="shopper@example.com", password=PASSWORD, **extra):
    return client.post("/api/v1/auth/token/", {"email": email, "password": password}, **extra)


@pytest.fixture
def signed_in_client(shopper):
    client = APIClient()
    tokens = sign_in(client).json()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {tokens['access']}")
    client.tokens = tokens
    return client


def pytest_configure(config):
    # The test settings' SECRET_KEY (which signs the JWTs) is deliberately short; PyJWT warns
    # about it on every token. Deployments set a long SECRET_KEY, so the warning is noise here.
    config.addinivalue_line("filterwarnings", "ignore::jwt.warnings.InsecureKeyLengthWarning")
