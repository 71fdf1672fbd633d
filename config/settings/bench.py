"""`make bench`: the production settings as shipped, plus the demo app (`load_demo`), served over
plain HTTP on 127.0.0.1. Only what a loopback run cannot provide is given a value here: a secret,
a cache folder shared by the workers, a mail backend that sends nothing, no bank details, no
HTTPS. API throttles stay on: the bench sets their rates through API_THROTTLE_*."""

import os

os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-not-for-any-real-deployment")
os.environ.setdefault("CACHE_URL", "filecache:///tmp/shop-bench-cache")
os.environ.setdefault("EMAIL_URL", "dummymail://")
os.environ.setdefault("BANK_TRANSFER_ENABLED", "false")
# Plain HTTP on loopback: no redirect to HTTPS, cookies without the Secure flag.
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
os.environ.setdefault("SECURE_COOKIES", "false")
os.environ.setdefault("SECURE_HSTS_SECONDS", "0")

from .production import *  # noqa: E402, F403
from .production import INSTALLED_APPS, env  # noqa: E402

INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
DEMO_PASSWORD = env("DEMO_PASSWORD", default="demo-pass-2026")
