"""`manage.py deploy`, compose's once-per-deploy step: migrations, then the pictures' sizes."""

from io import StringIO

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_deploy_applies_migrations_then_prepares_the_pictures():
    out = StringIO()

    call_command("deploy", stdout=out)

    said = out.getvalue()
    assert "No migrations to apply." in said
    assert said.index("No migrations to apply.") < said.index("Pictures prepared:")
