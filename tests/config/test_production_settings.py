"""Production refuses to start without its services and secrets, and passes Django's deploy
checks (HTTPS redirect, HSTS, secure cookies) with realistic values."""

import re

import pytest
from django.conf import settings

from .production import PRODUCTION_ENV, manage_in_production


def test_the_deploy_checks_pass_at_warning_level():
    result = manage_in_production("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    "missing, says",
    [
        ("DATABASE_URL", "DATABASE_URL is not set"),
        ("CACHE_URL", "CACHE_URL is not set"),
        ("EMAIL_URL", "EMAIL_URL is not set"),
        ("BANK_TRANSFER_IBAN", "BANK_TRANSFER_ENABLED=false"),
        ("SECRET_KEY", "SECRET_KEY is not set"),
    ],
)
def test_a_missing_service_or_secret_stops_the_start_naming_it(missing, says):
    result = manage_in_production("check", drop=(missing,))
    assert result.returncode != 0
    assert says in result.stderr


def test_bank_transfer_switched_off_needs_no_bank_details():
    result = manage_in_production(
        "check",
        env={"BANK_TRANSFER_ENABLED": "false"},
        drop=tuple(
            f"BANK_TRANSFER_{name}"
            for name in ("ACCOUNT_NAME", "SORT_CODE", "ACCOUNT_NUMBER", "IBAN")
        ),
    )
    assert result.returncode == 0, result.stderr


def test_mail_goes_to_the_smtp_server_the_url_names():
    result = manage_in_production(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings as s; "
        "print(s.EMAIL_BACKEND, s.EMAIL_DELIVERY_BACKEND, s.EMAIL_HOST, s.EMAIL_PORT, "
        "s.EMAIL_USE_TLS)",
    )
    assert result.returncode == 0, result.stderr
    # Queued as a task by every sender, then sent by the worker to the server EMAIL_URL names.
    assert result.stdout.split() == [
        "commerce.core.emails.QueuedEmailBackend",
        "django.core.mail.backends.smtp.EmailBackend",
        "127.0.0.1",
        "1",
        "True",
    ]


def test_the_image_build_collects_static_files_with_the_dockerfiles_stand_in_values():
    dockerfile = (settings.BASE_DIR / "docker" / "Dockerfile").read_text()
    build_step = dockerfile.split("RUN SECRET_KEY=", 1)[1].split("python manage.py", 1)[0]
    values = dict(re.findall(r"([A-Z_]+)=(\S+)", "SECRET_KEY=" + build_step))
    assert {"SECRET_KEY", "DATABASE_URL", "CACHE_URL", "EMAIL_URL"} <= values.keys()
    result = manage_in_production(
        "collectstatic",
        "--dry-run",
        "--noinput",
        env=values,
        drop=tuple(
            name
            for name in PRODUCTION_ENV
            if name not in values and name != "DJANGO_SETTINGS_MODULE"
        ),
    )
    assert result.returncode == 0, result.stderr


def test_the_health_check_answers_over_plain_http_without_the_database(
    db, client, django_assert_num_queries
):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "no-cache" in response["Cache-Control"]
    assert r"^healthz$" in _production_setting("SECURE_REDIRECT_EXEMPT")


def _production_setting(name: str) -> str:
    result = manage_in_production(
        "shell", "--no-imports", "-c", f"from django.conf import settings; print(settings.{name})"
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_wagtails_tasks_and_the_shops_run_in_workers_in_production():
    result = manage_in_production(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings as s; "
        "print(s.TASKS['default']['BACKEND'], s.TASKS['background']['BACKEND'])",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["django_tasks_db.DatabaseBackend"] * 2
