"""The shop delivers within the United Kingdom: without a shipping country Oscar's
shipping-address form has no valid country and checkout cannot get past its first step.

Until it moved here this was shipping 0004_uk_is_a_shipping_country; where that ran, the
country is found and left a shipping country."""

from django.db import migrations


def uk_ships(apps, schema_editor):
    Country = apps.get_model("address", "Country")
    country, created = Country.objects.get_or_create(
        iso_3166_1_a2="GB",
        defaults={
            "iso_3166_1_a3": "GBR",
            "iso_3166_1_numeric": "826",
            "printable_name": "United Kingdom",
            "name": "United Kingdom of Great Britain and Northern Ireland",
            "is_shipping_country": True,
        },
    )
    if not created and not country.is_shipping_country:
        country.is_shipping_country = True
        country.save(update_fields=["is_shipping_country"])


class Migration(migrations.Migration):
    dependencies = [
        ("commerce_core", "0001_shop_staff_group"),
        ("address", "0007_useraddress_code"),
    ]

    operations = [migrations.RunPython(uk_ships, migrations.RunPython.noop)]
