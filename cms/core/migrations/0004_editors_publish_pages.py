"""Wagtail's "Editors" group publishes pages and schedules them (go-live and expiry dates take
effect on publishing, so scheduling needs the same right); Wagtail itself only lets Editors
add and edit, leaving publishing to Moderators."""

from django.db import migrations

PUBLISH = "publish_page"


def editors_publish_grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    root = Page.objects.filter(depth=1).order_by("path").first()
    if root is None:
        return
    page_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="page")
    publish, _ = Permission.objects.get_or_create(
        content_type=page_type, codename=PUBLISH, defaults={"name": "Publish any page"}
    )
    editors, _ = Group.objects.get_or_create(name="Editors")
    GroupPagePermission.objects.get_or_create(group=editors, page=root, permission=publish)


def editors_publish_revoke(apps, schema_editor):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupPagePermission.objects.filter(
        group__name="Editors", page__depth=1, permission__codename=PUBLISH
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("cms_core", "0003_editors_run_menus_and_settings"),
        ("wagtailcore", "0090_remove_grouppagepermission_permission_type"),
    ]

    operations = [migrations.RunPython(editors_publish_grant, editors_publish_revoke)]
