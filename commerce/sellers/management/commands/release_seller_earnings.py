from django.core.management.base import BaseCommand

from commerce.sellers.services.earnings import earnings_release_due


class Command(BaseCommand):
    help = (
        "Make sellers' earnings available once their line was delivered and the return window "
        "(SELLER_RETURN_WINDOW_DAYS) has passed. Idempotent: run it from cron, e.g. hourly."
    )

    def handle(self, *args, **options):
        released = earnings_release_due()
        self.stdout.write(f"{released} lines released.")
