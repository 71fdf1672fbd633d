"""The bench serves the production settings as shipped, changed only where a loopback run must
be: the demo app, plain HTTP, a secret and services that need no server, throttles from the
environment."""

import json
import os
import subprocess
import sys

from django.conf import settings

SHOW = (
    "import json; from django.conf import settings as s; print(json.dumps({"
    "'debug': s.DEBUG, 'demo': 'demo' in s.INSTALLED_APPS, 'redirect': s.SECURE_SSL_REDIRECT,"
    "'secure_cookies': s.SESSION_COOKIE_SECURE, 'bank': s.CHECKOUT_BANK_TRANSFER,"
    "'anon': s.REST_FRAMEWORK['DEFAULT_THROTTLE_RATES']['anon'], 'middleware': s.MIDDLEWARE}))"
)
LEFT_TO_THE_BENCH = ("SECRET_KEY", "CACHE_URL", "EMAIL_URL", "BANK_TRANSFER_ENABLED")


def test_the_bench_settings_are_productions_with_only_loopback_changes():
    environment = {
        **{key: value for key, value in os.environ.items() if key not in LEFT_TO_THE_BENCH},
        "DJANGO_SETTINGS_MODULE": "config.settings.bench",
        "API_THROTTLE_ANON": "5000/min",
    }

    shown = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", SHOW],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )

    values = json.loads(shown.stdout.strip().splitlines()[-1])
    assert values["debug"] is False
    assert values["demo"] is True
    assert values["redirect"] is False and values["secure_cookies"] is False
    assert values["bank"] is False
    assert values["anon"] == "5000/min"
    assert values["middleware"] == settings.MIDDLEWARE  # the whole stack, nothing bypassed
