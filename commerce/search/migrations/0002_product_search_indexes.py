"""Indexes for product search on PostgreSQL (nothing on other databases):

- a GIN index on the weighted document that `commerce.search.selectors` matches against
  (the expression must stay identical to the SearchVector built there), and
- a trigram GIN index on the title for the typo-tolerant word match (`%>`)."""

from django.db import migrations

DOCUMENT = (
    "(setweight(to_tsvector('english'::regconfig, COALESCE(title, '')), 'A')"
    " || setweight(to_tsvector('simple'::regconfig, COALESCE(upc, '')), 'A'))"
    " || setweight(to_tsvector('english'::regconfig, COALESCE(description, '')), 'C')"
)


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS search_product_document_idx "
        f"ON catalogue_product USING gin (({DOCUMENT}))"
    )
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS search_product_title_trgm_idx "
        "ON catalogue_product USING gin (title gin_trgm_ops)"
    )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP INDEX IF EXISTS search_product_document_idx")
    schema_editor.execute("DROP INDEX IF EXISTS search_product_title_trgm_idx")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_trigram_extension"),
        ("catalogue", "0032_category_exclude_from_menu_category_long_description"),
    ]
    operations = [migrations.RunPython(create_indexes, drop_indexes)]
