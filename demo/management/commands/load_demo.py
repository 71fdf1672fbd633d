from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from commerce.core.media import media_prepare_all
from commerce.core.page_cache.store import site_changed
from commerce.search.facet_cache import catalogue_version_bump
from demo.loader import demo_load


class Command(BaseCommand):
    help = (
        "Fill the shop with demo data: categories, products with variants, images, three "
        "sellers' stock, two approved marketplace sellers and an applicant, commission rules, "
        "orders mixing both sellers, an offer, a voucher, Wagtail pages and demo accounts. "
        "Safe to run again: only what is missing is created."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--products",
            type=int,
            default=0,
            metavar="N",
            help="Also make sure N generated products exist (for larger catalogues).",
        )

    def handle(self, *args, products: int, verbosity: int, **options):
        if products < 0:
            raise CommandError("--products must be 0 or a positive number, e.g. --products 1000.")
        # tqdm redraws its line with carriage returns; Django's OutputWrapper would add
        # a newline to every write, so the bar writes to the stream underneath it.
        progress_file = self.stderr._out if verbosity > 0 else None
        result = demo_load(
            password=settings.DEMO_PASSWORD, generated=products, progress_file=progress_file
        )
        # The demo stores its pictures in bulk (no upload signal): prepare their sizes now, so
        # no shopper's first view makes them.
        media_prepare_all()
        # Its products and stock are inserted in bulk too (no signal): cached pages are stale.
        site_changed()
        # Products and offers went in by bulk_create (no signals): no facet counts from before.
        catalogue_version_bump()
        if verbosity > 0:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Demo shop ready: {result.hand_written_products} hand-written products, "
                    f"{result.generated_requested} generated ({result.generated_added} new). "
                    "Sign in as admin@example.com (or editor@, seller1@, seller2@, applicant@, "
                    "shopper@, affiliate@example.com) with the password in DEMO_PASSWORD."
                )
            )
