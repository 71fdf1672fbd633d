from django.core.management.base import BaseCommand

from commerce.search.listing import listing_rebuild
from commerce.search.models import ListedProduct


class Command(BaseCommand):
    help = "Recompute the catalogue listing from the pricing rule (after bulk loads or imports)."

    def handle(self, *args, **options):
        listing_rebuild()
        self.stdout.write(f"Listed {ListedProduct.objects.count():,} products.")
