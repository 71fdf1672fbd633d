"""The delivery options a fresh shop offers, as Oscar shipping methods in the database:
staff change their prices and the free-delivery threshold without a release.

Existing methods (matched by code) are left as staff set them."""

from decimal import Decimal

from django.db import migrations

METHODS = [
    {
        "code": "standard",
        "name": "Standard delivery",
        "description": "3-5 working days. Free on orders of £50 or more.",
        "price_per_order": Decimal("3.95"),
        "free_shipping_threshold": Decimal("50.00"),
    },
    {
        "code": "express",
        "name": "Express delivery",
        "description": "Next working day when you order before 2pm.",
        "price_per_order": Decimal("9.95"),
        "free_shipping_threshold": None,
    },
]


def shipping_methods_create(apps, schema_editor):
    OrderAndItemCharges = apps.get_model("shipping", "OrderAndItemCharges")
    for method in METHODS:
        code, defaults = method["code"], {k: v for k, v in method.items() if k != "code"}
        OrderAndItemCharges.objects.get_or_create(code=code, defaults=defaults)


class Migration(migrations.Migration):
    dependencies = [
        ("commerce_core", "0002_uk_shipping_country"),
        ("shipping", "0003_auto_20181115_1953"),
    ]

    operations = [migrations.RunPython(shipping_methods_create, migrations.RunPython.noop)]
