"""Typo-tolerant product search on PostgreSQL needs pg_trgm (a no-op on other databases)."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [TrigramExtension()]
