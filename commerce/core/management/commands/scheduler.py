import logging
import time

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import DatabaseError, close_old_connections
from django.utils import timezone

from commerce.core.scheduler import schedule_enqueue_due
from config.schedule import JOBS

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "Enqueue the periodic jobs of config/schedule.py into the background queue when they "
        "are due, every SCHEDULER_TICK seconds, until stopped; the worker "
        "(db_worker --backend background) runs them. Several schedulers may run at once: each "
        "job is still enqueued once per interval."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--once", action="store_true", help="Look once and exit (for cron or a test)."
        )

    def handle(self, *args, once=False, **options):
        while True:
            try:
                enqueued = schedule_enqueue_due(jobs=JOBS, now=timezone.now())
            except DatabaseError:
                if once:
                    raise
                # A database restart must not stop the schedule: look again at the next tick.
                logger.exception("The scheduler could not reach the database")
                enqueued = []
            if enqueued:
                logger.info("Enqueued %s", ", ".join(enqueued))
                if options["verbosity"] > 1 or once:
                    self.stdout.write(f"Enqueued: {', '.join(enqueued)}")
            if once:
                return
            close_old_connections()  # as a request would: drop a connection the server closed
            time.sleep(settings.SCHEDULER_TICK)
