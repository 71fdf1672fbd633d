"""Periodic jobs on django-tasks: `manage.py scheduler` asks `schedule_enqueue_due` every
SCHEDULER_TICK seconds to enqueue, into the "background" queue, each job of config/schedule.py
whose time has come; the worker (`manage.py db_worker --backend background`) runs it.

Each job has one `ScheduledJob` row. A scheduler claims a due job with a conditional UPDATE
(next_run_at <= now -> now + every) and enqueues it in the same transaction, so a job is
enqueued once per interval however many schedulers run (on PostgreSQL the second UPDATE waits
for the first to commit, then finds the job no longer due), and never claimed without its task.
A scheduler that was stopped runs each overdue job once when it is back, not once per missed
interval. Jobs must be idempotent: they are the same work as their management commands."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import transaction
from django_tasks.base import Task

from .models import ScheduledJob

QUEUE_BACKEND = "background"


@dataclass(frozen=True)
class Job:
    """A periodic job: its name (the ScheduledJob row), the task to enqueue, how often."""

    name: str
    task: Task
    every: timedelta


def schedule_enqueue_due(*, jobs: Sequence[Job], now: datetime) -> list[str]:
    """Enqueue each job due at `now` (once, whatever other schedulers do); the names enqueued."""
    ScheduledJob.objects.bulk_create(
        [ScheduledJob(name=job.name, next_run_at=now) for job in jobs],
        ignore_conflicts=True,  # a new job is due at once; a known one keeps its row
    )
    enqueued = []
    for job in jobs:
        with transaction.atomic():
            claimed = ScheduledJob.objects.filter(name=job.name, next_run_at__lte=now).update(
                next_run_at=now + job.every, last_enqueued_at=now
            )
            if claimed:
                job.task.using(backend=QUEUE_BACKEND).enqueue()
                enqueued.append(job.name)
    return enqueued
