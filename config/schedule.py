"""THE list of the shop's periodic jobs: name, task, how often.

`manage.py scheduler` enqueues each job into the "background" queue when it is due
(commerce.core.scheduler: once per interval however many schedulers run) and the worker,
`manage.py db_worker --backend background`, runs it. Every job is idempotent and is the same
work as the management command named beside it, which cron may still run by hand."""

from datetime import timedelta

from django.conf import settings
from django.core.management import call_command
from django_tasks import task, task_backends
from django_tasks_db import DatabaseBackend

from commerce.affiliates.services.commissions import commissions_approve_due
from commerce.core.scheduler import Job
from commerce.points.services.expiry import points_expire_due, points_expiry_remind
from commerce.search.services import search_vocabulary_invalidate
from commerce.sellers.services.earnings import earnings_release_due
from commerce.webhooks.services import deliveries_due_attempt

# Finished task results are kept this long (the worker's record of failed emails, for example).
TASK_RESULTS_KEPT_DAYS = 14


@task(backend="background")
def points_expire() -> dict:
    """Expire bonus points past their date, then remind shoppers of points expiring soon
    (`manage.py expire_points`)."""
    return {"expired": points_expire_due(), "reminded": points_expiry_remind()}


@task(backend="background")
def affiliate_commissions_approve() -> int:
    """Approve affiliates' commissions past the return window
    (`manage.py approve_affiliate_commissions`)."""
    return commissions_approve_due()


@task(backend="background")
def seller_earnings_release() -> int:
    """Make sellers' earnings past the return window available
    (`manage.py release_seller_earnings`)."""
    return earnings_release_due()


@task(backend="background")
def pages_publish_scheduled() -> None:
    """Publish and unpublish Wagtail pages whose scheduled time has come
    (`manage.py publish_scheduled`)."""
    call_command("publish_scheduled", verbosity=0)


@task(backend="background")
def webhook_deliveries_due() -> int:
    """Attempt webhook deliveries that are due but were never picked up (the worker was down
    when their retry was due; `manage.py deliver_webhooks`): each retry queues itself too."""
    return len(deliveries_due_attempt())


@task(backend="background")
def search_vocabulary_renew() -> None:
    """Renew the search vocabulary, catching bulk catalogue updates that sent no signals."""
    search_vocabulary_invalidate()


@task(backend="background")
def task_results_prune() -> None:
    """Delete finished task results older than TASK_RESULTS_KEPT_DAYS from every database queue
    (`manage.py prune_db_task_results`)."""
    for alias in settings.TASKS:
        if isinstance(task_backends[alias], DatabaseBackend):
            call_command(
                "prune_db_task_results",
                f"--backend={alias}",
                "--queue-name=*",
                f"--min-age-days={TASK_RESULTS_KEPT_DAYS}",
                verbosity=0,
            )


JOBS = (
    Job("points-expire", points_expire, timedelta(hours=1)),
    Job("affiliate-commissions-approve", affiliate_commissions_approve, timedelta(hours=1)),
    Job("seller-earnings-release", seller_earnings_release, timedelta(hours=1)),
    Job("pages-publish-scheduled", pages_publish_scheduled, timedelta(minutes=1)),
    Job("webhook-deliveries-due", webhook_deliveries_due, timedelta(minutes=10)),
    Job("search-vocabulary-renew", search_vocabulary_renew, timedelta(hours=6)),
    Job("task-results-prune", task_results_prune, timedelta(days=1)),
)
