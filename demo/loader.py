"""The demo shop, stage by stage: each stage is one transaction and safe to run again."""

from dataclasses import dataclass
from typing import TextIO

from django.db import transaction
from django.test import override_settings
from tqdm import tqdm

from commerce.search.listing import listing_rebuild
from demo.accounts import demo_accounts_build
from demo.affiliates import demo_affiliate_activity_build, demo_affiliates_build
from demo.catalogue import (
    demo_catalogue_structure_build,
    demo_product_build,
    demo_product_images_build,
    demo_products_specs,
)
from demo.content import demo_content_build
from demo.generated import demo_generated_products_build
from demo.marketplace import demo_commission_rules_build, demo_orders_build, demo_sellers_build
from demo.navigation import demo_navigation_build
from demo.offers import demo_offers_build
from demo.pages import demo_pages_build
from demo.partners import demo_partners_build
from demo.pictures.library import demo_library_build
from demo.points import demo_points_build

# accounts, partners, structure, offers, sellers, affiliates, orders, points, pages, library
# pictures, page content: one tick each; products and images: one per product
FIXED_STAGES = 11
QUIET_EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"


@dataclass(frozen=True)
class DemoLoadResult:
    hand_written_products: int
    generated_added: int
    generated_requested: int


def demo_load(
    *, password: str, generated: int = 0, progress_file: TextIO | None = None
) -> DemoLoadResult:
    """Build whatever part of the demo shop is missing; `generated` extra products on top.
    Progress bars go to `progress_file` (none when it is None)."""
    specs = demo_products_specs()
    bar_options = {"file": progress_file, "disable": progress_file is None, "leave": True}
    with tqdm(
        total=FIXED_STAGES + 2 * len(specs), desc="Demo shop", unit="step", **bar_options
    ) as bar:
        with transaction.atomic():
            demo_accounts_build(password=password)
        bar.update()
        with transaction.atomic():
            partners = demo_partners_build()
        bar.update()
        with transaction.atomic():
            structure = demo_catalogue_structure_build()
        bar.update()
        products = []
        with transaction.atomic():
            for spec in specs:
                products.append(
                    demo_product_build(spec=spec, structure=structure, partners=partners)
                )
                bar.update()
        with transaction.atomic():
            for spec, product in zip(specs, products, strict=True):
                demo_product_images_build(spec=spec, product=product)
                bar.update()
        with transaction.atomic():
            demo_offers_build()
        bar.update()
        with transaction.atomic():
            demo_sellers_build(partners=partners)
            demo_commission_rules_build()
        bar.update()
        with transaction.atomic():
            demo_affiliates_build()
        bar.update()
        # The lifecycle emails the demo shoppers about their orders (and the affiliate about
        # their payout) once each stage commits; nobody reads those addresses, so the demo
        # orders are moved on without mail.
        with override_settings(EMAIL_BACKEND=QUIET_EMAIL_BACKEND), transaction.atomic():
            demo_orders_build()
            demo_affiliate_activity_build()
        bar.update()
        with transaction.atomic():
            demo_points_build()
        bar.update()
        with transaction.atomic():
            home = demo_pages_build()
        bar.update()
        with transaction.atomic():
            library = demo_library_build()
        bar.update()
        with transaction.atomic():
            demo_content_build(home=home, library=library)
            demo_navigation_build(home=home)
        bar.update()

    added = 0
    if generated:
        with tqdm(total=generated, desc="Generated products", unit="product", **bar_options) as bar:
            added = demo_generated_products_build(
                count=generated, structure=structure, partners=partners, on_progress=bar.update
            )
    listing_rebuild()  # the generated products are bulk-inserted, without the listing's signals
    return DemoLoadResult(
        hand_written_products=len(specs), generated_added=added, generated_requested=generated
    )
