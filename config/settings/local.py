"""Developer machine: `make run`. Safe defaults, nothing to configure."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env("SECRET_KEY", default="local-only-insecure-key-do-not-use-in-production")

# The demo shop (`manage.py load_demo`) exists on developer machines and in tests only.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
DEMO_PASSWORD = env("DEMO_PASSWORD", default="demo-pass-2026")
