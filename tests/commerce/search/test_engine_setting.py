"""SHOP_PRODUCT_SEARCH_ENGINE picks who serves the catalogue, category and search pages."""

import os
import subprocess
import sys
from pathlib import Path

from django.urls import resolve

BASE_DIR = Path(__file__).resolve().parents[3]

PROBE = """
import django
django.setup()
from django.urls import resolve
for path in ("/shop/catalogue/", "/shop/catalogue/category/x_1/", "/shop/search/"):
    print(resolve(path).func.view_class.__module__)
"""


def _served_by(engine: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "SHOP_PRODUCT_SEARCH_ENGINE": engine}
    return subprocess.run(
        [sys.executable, "-c", PROBE], cwd=BASE_DIR, env=env, capture_output=True, text=True
    )


def test_the_database_engine_serves_listings_by_default():
    assert resolve("/shop/catalogue/").func.view_class.__module__ == (
        "commerce.search.views.database"
    )
    assert resolve("/shop/search/").func.view_class.__module__ == "commerce.search.views.database"


def test_haystack_hands_the_pages_back_to_oscars_views():
    probe = _served_by("haystack")
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.split() == [
        "oscar.apps.search.views.catalogue",
        "oscar.apps.search.views.catalogue",
        "oscar.apps.search.views.search",
    ]


def test_an_unknown_engine_fails_at_start_with_a_clear_message():
    probe = _served_by("elastic")
    assert probe.returncode != 0
    assert 'set it to "database" or "haystack"' in probe.stderr
