"""Wagtail's "Editors" group also runs the menus, the announcement bar and the site settings."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_PERMISSIONS = [
    "add_menu",
    "change_menu",
    "delete_menu",
    "view_menu",
    "add_announcement",
    "change_announcement",
    "delete_announcement",
    "view_announcement",
    "change_sitesettings",
    "view_sitesettings",
]


def editor_permissions_grant(apps, schema_editor):
    config = apps.get_app_config("cms_core")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="cms_core", codename__in=EDITOR_PERMISSIONS
        )
    )


def editor_permissions_revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for editors in Group.objects.filter(name="Editors"):
        editors.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="cms_core", codename__in=EDITOR_PERMISSIONS
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("cms_core", "0002_shop_staff_group"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(editor_permissions_grant, editor_permissions_revoke)]
