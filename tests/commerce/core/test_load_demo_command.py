import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.management import CommandError
from django.db.models import Max, Min
from oscar.core.loading import get_model

from tests.commerce.core.conftest import load_demo, table_counts

Product = get_model("catalogue", "Product")

GENERATED = {"upc__startswith": "LL-GEN-"}

pytestmark = pytest.mark.django_db


def test_running_it_twice_leaves_every_table_as_it_was():
    load_demo("--verbosity", "0")
    before = table_counts()
    load_demo("--verbosity", "0")
    assert table_counts() == before
    assert before["catalogue.Product"] > 24


def test_products_option_adds_that_many_generated_products_and_twice_still_that_many():
    load_demo("--verbosity", "0")
    hand_written = Product.objects.count()
    load_demo("--products", "50", "--verbosity", "0")
    assert Product.objects.filter(**GENERATED).count() == 50
    assert Product.objects.count() == hand_written + 50
    before = table_counts()
    load_demo("--products", "50", "--verbosity", "0")
    assert table_counts() == before


def test_generated_products_are_priced_stocked_filed_and_pictured():
    load_demo("--products", "50", "--verbosity", "0")
    generated = Product.objects.filter(**GENERATED)
    assert generated.filter(stockrecords__price__gt=0).distinct().count() == 50
    assert generated.filter(categories__isnull=False).distinct().count() == 50
    assert generated.filter(images__isnull=False).distinct().count() == 50
    assert generated.filter(attribute_values__isnull=False).distinct().count() == 50
    partners = set(generated.values_list("stockrecords__partner__name", flat=True))
    assert len(partners) == 3
    assert generated.values("title").distinct().count() >= 30


def test_generated_products_are_dated_before_the_hand_written_ones_so_listings_open_on_those():
    load_demo("--products", "20", "--verbosity", "0")
    oldest_hand_written = Product.objects.exclude(**GENERATED).aggregate(Min("date_created"))
    newest_generated = Product.objects.filter(**GENERATED).aggregate(Max("date_created"))
    assert newest_generated["date_created__max"] < oldest_hand_written["date_created__min"]


def test_progress_bar_is_shown_and_quiet_under_verbosity_0():
    out, err = load_demo()
    assert "Demo shop" in err and "100%" in err
    assert "Demo shop ready" in out
    assert load_demo("--products", "5", "-v", "0") == ("", "")


def test_refuses_to_run_where_demo_data_is_not_allowed(settings):
    settings.DEMO_DATA_ALLOWED = False
    with pytest.raises(CommandError, match="DEMO_DATA_ALLOWED is False"):
        load_demo()
    assert not Product.objects.exists()


def test_production_settings_refuse_with_a_clear_message_and_exit_code():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "only-for-this-test",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "load_demo"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "CommandError: Demo data is switched off" in result.stderr
    assert "Traceback" not in result.stderr


def test_negative_product_count_is_refused_with_a_hint():
    with pytest.raises(CommandError, match="--products must be 0 or a positive number"):
        load_demo("--products", "-3")


def test_running_again_with_a_new_demo_password_makes_it_the_one_that_works(client, settings):
    load_demo("--verbosity", "0")
    settings.DEMO_PASSWORD = "a-brand-new-demo-password"
    load_demo("--verbosity", "0")
    assert client.login(username="shopper@example.com", password="a-brand-new-demo-password")
    assert not client.login(username="shopper@example.com", password="demo-pass-2026")
