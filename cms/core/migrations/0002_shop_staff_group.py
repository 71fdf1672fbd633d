"""Made the "Shop staff" group until the group moved to commerce (commerce_core
0001_shop_staff_group). Kept, doing nothing, because databases record it as applied and
0003 follows it."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("cms_core", "0001_initial"),
    ]

    operations = []
