"""`manage.py deploy`: what runs once per deploy, before any new web or worker process starts
(compose's one-shot `migrate` service): apply migrations, then prepare the pictures a new
release shows in sizes it did not show before."""

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Once per deploy: apply migrations, then make missing renditions and thumbnails."

    def handle(self, *args, verbosity: int, **options):
        call_command("migrate", interactive=False, verbosity=verbosity, stdout=self.stdout)
        call_command("prepare_media", verbosity=verbosity, stdout=self.stdout)
