"""The weighted search document of a product, stored (a generated column, PostgreSQL only).

Matching against the document as an expression made PostgreSQL compute it again for every
candidate row (the title trigram match always rechecks its rows, and an OR rechecks every
branch) and once more for the relevance rank: for a common word, thousands of
`to_tsvector(description)` per search. Stored, the database computes it once per write. The
GIN index moves from the expression to the column; commerce.search.matching reads it."""

from django.db import migrations

COLUMN = "search_document"
# The document of 0002_product_search_indexes, frozen here as that migration froze it.
DOCUMENT = (
    "(setweight(to_tsvector('english'::regconfig, COALESCE(title, '')), 'A')"
    " || setweight(to_tsvector('simple'::regconfig, COALESCE(upc, '')), 'A'))"
    " || setweight(to_tsvector('english'::regconfig, COALESCE(description, '')), 'C')"
)


def store_document(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"ALTER TABLE catalogue_product ADD COLUMN IF NOT EXISTS {COLUMN} tsvector "
        f"GENERATED ALWAYS AS ({DOCUMENT}) STORED"
    )
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS search_product_stored_document_idx "
        f"ON catalogue_product USING gin ({COLUMN})"
    )
    schema_editor.execute("DROP INDEX IF EXISTS search_product_document_idx")


def compute_document(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS search_product_document_idx "
        f"ON catalogue_product USING gin (({DOCUMENT}))"
    )
    schema_editor.execute("DROP INDEX IF EXISTS search_product_stored_document_idx")
    schema_editor.execute(f"ALTER TABLE catalogue_product DROP COLUMN IF EXISTS {COLUMN}")


class Migration(migrations.Migration):
    dependencies = [("search", "0003_listed_product")]
    operations = [migrations.RunPython(store_document, compute_document)]
