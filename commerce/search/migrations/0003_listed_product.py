"""The catalogue listing (commerce.search.models.ListedProduct), filled for the products that
exist: the data step runs the pricing rule itself (commerce.search.listing.listing_rebuild),
which reads today's catalogue, partner and seller tables, as this migration depends on.

Two of its sort indexes need "DESC NULLS LAST", which only PostgreSQL takes in an index."""

import django.db.models.deletion
from django.db import migrations, models

DESC_NULLS_LAST_INDEXES = {
    "search_listed_price_desc_idx": "offer_price",
    "search_listed_rating_idx": "rating",
}


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, column in DESC_NULLS_LAST_INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON search_listedproduct "
            f"({column} DESC NULLS LAST, date_created DESC, product_id DESC)"
        )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in DESC_NULLS_LAST_INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


def listing_fill(apps, schema_editor):
    from commerce.search.listing import listing_rebuild

    listing_rebuild()


class Migration(migrations.Migration):
    dependencies = [
        ("catalogue", "0032_category_exclude_from_menu_category_long_description"),
        ("partner", "0007_partneraddress_code"),
        ("search", "0002_product_search_indexes"),
        ("sellers", "0001_initial"),
    ]

    operations = [
        migrations.CreateModel(
            name="ListedProduct",
            fields=[
                (
                    "product",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="listing",
                        serialize=False,
                        to="catalogue.product",
                    ),
                ),
                ("offer_price", models.DecimalField(decimal_places=2, max_digits=12, null=True)),
                ("offer_in_stock", models.BooleanField(default=False)),
                ("date_created", models.DateTimeField()),
                ("rating", models.FloatField(null=True)),
                (
                    "offer",
                    models.ForeignKey(
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="partner.stockrecord",
                    ),
                ),
            ],
            options={
                "indexes": [
                    models.Index(
                        fields=["-date_created", "-product"], name="search_listed_newest_idx"
                    ),
                    models.Index(
                        fields=["offer_price", "-date_created", "-product"],
                        name="search_listed_price_asc_idx",
                    ),
                ],
            },
        ),
        migrations.RunPython(create_indexes, drop_indexes),
        migrations.RunPython(listing_fill, migrations.RunPython.noop),
    ]
