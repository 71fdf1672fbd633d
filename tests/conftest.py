import shutil
import tempfile
from pathlib import Path

import pytest
from django import test
from django.contrib.auth import get_user_model
from django.utils import timezone
from rest_framework.test import APIClient

from tests.api.helpers import PASSWORD, sign_in


def pytest_configure(config):
    # The test settings' SECRET_KEY (which signs the JWTs) is deliberately short; PyJWT warns
    # about it on every token. Deployments set a long SECRET_KEY, so the warning is noise here.
    config.addinivalue_line("filterwarnings", "ignore::jwt.warnings.InsecureKeyLengthWarning")


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """`load` tests run last: a quick failure elsewhere shows before minutes of load. The sort is
    stable, so pytest-django's order of the rest is kept."""
    items.sort(key=lambda item: item.get_closest_marker("load") is not None)


def pytest_collection_finish(session):
    """The SQLite load test needs a freshly migrated SQLite file: start its migration now, in
    the background, so it runs beside the PostgreSQL test database's creation."""
    if any(item.get_closest_marker("load") for item in session.items):
        from tests.config.test_sqlite_concurrency import sqlite_migration_start

        folder = Path(tempfile.mkdtemp(prefix="shop-sqlite-"))
        session.config.sqlite_migration = folder, sqlite_migration_start(folder)


def pytest_unconfigure(config):
    started = getattr(config, "sqlite_migration", None)
    if started is not None:
        folder, migration = started
        if migration.poll() is None:
            migration.kill()
        migration.communicate()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: a rolled-back test leaves no cached pages behind
    and no throttle counters."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def home_page(db):
    """The site's HomePage at `/`, rebuilt after transactional tests flush Wagtail's tree."""
    from django.conf import settings
    from wagtail.coreutils import get_supported_content_language_variant
    from wagtail.models import Locale, Page, Site

    from cms.pages.models import HomePage

    # The default locale Wagtail looks up is LANGUAGE_CODE's variant ("en-gb"), not plain "en".
    language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    Locale.objects.get_or_create(language_code=language)
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root"))
    home = HomePage.objects.first()
    if home is None:
        # Wagtail's migrations leave a plain "Welcome" page with the slug we want.
        Page.objects.filter(depth=2, slug="home").delete()
        root.refresh_from_db()
        home = root.add_child(instance=HomePage(title="Larder & Loom", slug="home"))
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Shop"},
    )
    return home


class Client(test.Client):
    """Django's test client, whose login() hands authenticate() a request as every sign-in form
    does: the sign-in lockout (django-axes) refuses an attempt that says nothing of its origin."""

    def login(self, **credentials):
        credentials.setdefault("request", test.RequestFactory().post("/"))
        return super().login(**credentials)


@pytest.fixture
def client():
    return Client()


@pytest.fixture
def api_client():
    return APIClient()


@pytest.fixture
def make_user(db):
    def make(email="shopper@example.com", password=PASSWORD, **extra):
        # Verified unless the test says email_verified_at=None (see tests/factories.py).
        extra.setdefault("email_verified_at", timezone.now())
        return get_user_model().objects.create_user(email=email, password=password, **extra)

    return make


@pytest.fixture
def shopper(make_user):
    return make_user()


@pytest.fixture
def signed_in_client(shopper):
    client = APIClient()
    tokens = sign_in(client).json()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {tokens['access']}")
    client.tokens = tokens
    return client
