"""Starting the project with the production settings in a separate process, as a deploy does."""

import os
import subprocess
import sys

from django.conf import settings

# What a real deploy sets (values made up, services never reached by the commands run here).
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "a-long-random-secret-only-for-this-test-0123456789-abcdefghijklmnop",
    "ALLOWED_HOSTS": "shop.example.com",
    "DATABASE_URL": "postgres://shop:secret@127.0.0.1:1/shop",
    "CACHE_URL": "locmemcache://",
    "EMAIL_URL": "smtp+tls://shop:secret@127.0.0.1:1",
    "BANK_TRANSFER_ACCOUNT_NAME": "Larder & Loom Ltd",
    "BANK_TRANSFER_SORT_CODE": "20-00-00",
    "BANK_TRANSFER_ACCOUNT_NUMBER": "55779911",
    "BANK_TRANSFER_IBAN": "GB29 NWBK 6016 1331 9268 19",
}


def manage_in_production(*args: str, env: dict | None = None, drop: tuple[str, ...] = ()):
    """Run `manage.py *args` with the production settings and PRODUCTION_ENV (+ `env`, less
    `drop`); returns the finished process."""
    # The browser tests' conftest sets DJANGO_ALLOW_ASYNC_UNSAFE in this process; a deploy
    # never has it.
    left_out = {*drop, "DJANGO_ALLOW_ASYNC_UNSAFE"}
    environment = {
        key: value
        for key, value in {**os.environ, **PRODUCTION_ENV, **(env or {})}.items()
        if key not in left_out
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
