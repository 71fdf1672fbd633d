"""The demo shop is loaded once for this package and rolled back after its last test.

The pattern of Django's setUpTestData: the package fixture opens a transaction and runs
`load_demo` inside it; each test's own `db` transaction nests in it as a savepoint, so every
test starts from the freshly loaded demo, and the packages after this one start from an empty
shop again. `load_demo` queues no on_commit work (Oscar refreshes its category view at once),
so nothing is lost by never committing.
"""

from io import StringIO

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings


def load_demo(*args: str) -> tuple[str, str]:
    """Run `manage.py load_demo` with `args`; returns what it printed (stdout, stderr)."""
    out, err = StringIO(), StringIO()
    call_command("load_demo", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def table_counts() -> dict[str, int]:
    """Row count of every table the project's models own."""
    return {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy
    }


@pytest.fixture(scope="package")
def demo_media(tmp_path_factory):
    """Where the demo's drawn images are stored for the whole package."""
    return tmp_path_factory.mktemp("demo-media")


@pytest.fixture(scope="package", autouse=True)
def demo_shop(django_db_setup, django_db_blocker, demo_media):
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=demo_media),
        transaction.atomic(),
    ):
        load_demo("--verbosity", "0")
        yield
        transaction.set_rollback(True)


@pytest.fixture(autouse=True)
def _media_root(settings, demo_media):
    """Overrides the suite's fresh MEDIA_ROOT per test: the demo's images are stored once."""
    settings.MEDIA_ROOT = demo_media


@pytest.fixture(autouse=True)
def _demo_test_in_a_savepoint(demo_shop, db):
    """Every demo test runs in its own savepoint, so what it changes is undone after it."""
