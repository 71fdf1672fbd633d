from django.core.management.base import BaseCommand

from commerce.points.services.expiry import points_expire_due, points_expiry_remind


class Command(BaseCommand):
    help = (
        "Expire the bonus points whose time has passed (one EXPIRED entry per lot) and email "
        "shoppers whose points expire within POINTS_EXPIRY_REMINDER_DAYS (once per lot). "
        "Idempotent: run it from cron."
    )

    def handle(self, *args, **options):
        expired = points_expire_due()
        reminded = points_expiry_remind()
        self.stdout.write(f"{expired} lots expired, {reminded} shoppers reminded.")
