from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection

pytestmark = pytest.mark.django_db


def test_tests_run_on_postgresql():
    assert connection.vendor == "postgresql"


def test_system_checks_are_clean():
    out = StringIO()
    call_command("check", stdout=out)
    assert "no issues" in out.getvalue()


def test_no_model_change_lacks_a_migration():
    call_command("makemigrations", "--check", "--dry-run", stdout=StringIO())


def test_one_user_model_signs_in_by_email():
    from django.contrib.auth import get_user_model

    User = get_user_model()
    assert settings.AUTH_USER_MODEL == "users.User"
    assert User.USERNAME_FIELD == "email"


def test_url_map(client):
    assert client.get("/").status_code == 200
    assert client.get("/shop/catalogue/").status_code == 200
    assert client.get("/cms/").status_code == 302
    assert client.get("/django-admin/").status_code == 302
    assert client.get("/shop/dashboard/").status_code == 302
    assert client.get("/shop/basket/").status_code == 200
