from django.db import migrations, models


def existing_accounts_verified(apps, schema_editor):
    # Accounts opened before verification existed keep everything they could do.
    User = apps.get_model("users", "User")
    User.objects.filter(email_verified_at__isnull=True).update(
        email_verified_at=models.F("date_joined")
    )


class Migration(migrations.Migration):

    dependencies = [
        ("users", "0002_email_case_insensitive_unique"),
    ]

    operations = [
        migrations.AddField(
            model_name="user",
            name="email_verified_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="email verified at"),
        ),
        migrations.RunPython(existing_accounts_verified, migrations.RunPython.noop),
    ]
