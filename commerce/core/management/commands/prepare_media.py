"""`manage.py prepare_media`: make every missing rendition and thumbnail (commerce.core.media)."""

from django.core.management.base import BaseCommand

from commerce.core.media import media_prepare_all


class Command(BaseCommand):
    help = (
        "Make the renditions and thumbnails the site shows for all stored pictures (only the "
        "missing ones): after a deploy that adds a size, or for media from before."
    )

    def handle(self, *args, verbosity: int, **options):
        prepared = media_prepare_all()
        if verbosity > 0:
            self.stdout.write(
                f"Pictures prepared: {prepared.images} library images, "
                f"{prepared.product_pictures} product pictures."
            )
