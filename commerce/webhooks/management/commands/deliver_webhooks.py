from django.core.management.base import BaseCommand

from commerce.webhooks.services import deliveries_due_attempt


class Command(BaseCommand):
    help = (
        "Attempt every webhook delivery that is due now (for cron, or after the background "
        "worker was down). Deliveries still failing get their next retry scheduled."
    )

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=None, help="At most this many.")

    def handle(self, *args, limit=None, **options):
        attempted = deliveries_due_attempt(limit=limit)
        succeeded = sum(1 for d in attempted if d.status == d.Status.SUCCEEDED)
        self.stdout.write(f"{len(attempted)} deliveries attempted, {succeeded} succeeded.")
