from django.core.management.base import BaseCommand

from commerce.affiliates.services.commissions import commissions_approve_due


class Command(BaseCommand):
    help = (
        "Approve affiliates' commissions once every line of their order was delivered and the "
        "return window (AFFILIATE_RETURN_WINDOW_DAYS) has passed. Idempotent: run it from cron."
    )

    def handle(self, *args, **options):
        approved = commissions_approve_due()
        self.stdout.write(f"{approved} commissions approved.")
