"""`manage.py load_demo`: safe to run again, grows the catalogue on request, local and test only."""

import pytest
from django.core.management import CommandError
from django.db.models import Max, Min
from oscar.core.loading import get_model

from demo.data import PARTNERS
from demo.generated import GENERATED_UPC_PREFIX
from tests.config.production import manage_in_production
from tests.demo.conftest import load_demo, table_counts

Product = get_model("catalogue", "Product")

GENERATED = {"upc__startswith": GENERATED_UPC_PREFIX}


def test_running_it_again_changes_no_table_and_shows_its_progress():
    before = table_counts()
    out, err = load_demo()
    assert table_counts() == before
    assert "Demo shop" in err and "100%" in err
    assert "Demo shop ready" in out


def test_products_n_adds_n_priced_stocked_filed_pictured_products_once_and_quietly():
    hand_written = Product.objects.exclude(**GENERATED)
    oldest_hand_written = hand_written.aggregate(Min("date_created"))["date_created__min"]
    count_before = Product.objects.count()

    assert load_demo("--products", "5", "-v", "0") == ("", "")

    generated = Product.objects.filter(**GENERATED)
    assert generated.count() == 5
    assert Product.objects.count() == count_before + 5
    assert generated.filter(stockrecords__price__gt=0).distinct().count() == 5
    assert generated.filter(categories__isnull=False).distinct().count() == 5
    assert generated.filter(images__isnull=False).distinct().count() == 5
    assert generated.filter(attribute_values__isnull=False).distinct().count() == 5
    sellers = set(generated.values_list("stockrecords__partner__code", flat=True))
    assert sellers <= {code for code, _name, _email in PARTNERS}
    # Listings show the newest first, so they open on the hand-written products.
    assert generated.aggregate(Max("date_created"))["date_created__max"] < oldest_hand_written

    before = table_counts()
    load_demo("--products", "5", "-v", "0")
    assert table_counts() == before


def test_a_negative_product_count_is_refused_with_a_hint():
    with pytest.raises(CommandError, match="--products must be 0 or a positive number"):
        load_demo("--products", "-3")


def test_a_product_count_that_is_not_a_number_is_refused_naming_the_option():
    with pytest.raises(CommandError, match="--products: invalid int value: 'many'"):
        load_demo("--products", "many")


def test_production_settings_do_not_know_the_command():
    # Only the local and test settings install the demo app; what production would answer
    # can only be seen from a process started with the production settings.
    result = manage_in_production("load_demo")
    assert result.returncode == 1
    assert "Unknown command: 'load_demo'" in result.stderr
    assert "Traceback" not in result.stderr
