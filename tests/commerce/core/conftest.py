from io import StringIO

import pytest
from django.apps import apps
from django.core.management import call_command


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


@pytest.fixture
def demo_shop(db):
    load_demo("--verbosity", "0")
