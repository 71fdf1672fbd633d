"""A "Shop staff" group: handles orders in Oscar's dashboard, has no access to the CMS.

cms_core 0002 made this group before it moved here; on a database where that ran, the group
is found and its permissions are made sure of."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ORDER_PERMISSIONS = [
    "view_order",
    "change_order",
    "view_line",
    "change_line",
    "view_ordernote",
    "add_ordernote",
    "change_ordernote",
    "view_shippingaddress",
    "change_shippingaddress",
]


def shop_staff_group_create(apps, schema_editor):
    # Permissions are normally made after all migrations; make the order app's now.
    order_config = apps.get_app_config("order")
    order_config.models_module = True
    create_permissions(order_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Shop staff")
    permissions = Permission.objects.filter(
        content_type__app_label="order", codename__in=ORDER_PERMISSIONS
    )
    group.permissions.add(*permissions)


def shop_staff_group_delete(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Shop staff").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("order", "0021_billingaddress_code_shippingaddress_code"),
    ]

    operations = [migrations.RunPython(shop_staff_group_create, shop_staff_group_delete)]
