"""Periodic jobs: each is enqueued into the background queue when due, once per interval,
even with two schedulers running at the same moment, and the worker runs them."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core.management import call_command
from django_tasks import TaskResultStatus, task
from django_tasks_db.models import DBTaskResult

from commerce.core.models import ScheduledJob
from commerce.core.scheduler import Job, schedule_enqueue_due
from config.schedule import JOBS
from tests.concurrency import run_together
from tests.worker import run_worker

NOON = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


@task(backend="background")
def probe() -> str:
    return "ran"


HOURLY = Job("probe", probe, timedelta(hours=1))


def probes_queued() -> int:
    return DBTaskResult.objects.filter(task_path=f"{__name__}.probe").count()


@pytest.mark.django_db
def test_a_new_job_is_enqueued_at_once_then_once_per_interval():
    assert schedule_enqueue_due(jobs=[HOURLY], now=NOON) == ["probe"]
    assert schedule_enqueue_due(jobs=[HOURLY], now=NOON) == []
    assert schedule_enqueue_due(jobs=[HOURLY], now=NOON + timedelta(minutes=59)) == []
    assert probes_queued() == 1

    assert schedule_enqueue_due(jobs=[HOURLY], now=NOON + timedelta(hours=1)) == ["probe"]
    assert probes_queued() == 2
    [queued, _] = DBTaskResult.objects.filter(task_path=f"{__name__}.probe")
    assert queued.backend_name == "background"


@pytest.mark.django_db
def test_a_scheduler_that_was_stopped_runs_an_overdue_job_once():
    schedule_enqueue_due(jobs=[HOURLY], now=NOON)
    assert schedule_enqueue_due(jobs=[HOURLY], now=NOON + timedelta(days=2)) == ["probe"]
    assert probes_queued() == 2
    job = ScheduledJob.objects.get(name="probe")
    assert job.next_run_at == NOON + timedelta(days=2, hours=1)


@pytest.mark.django_db(transaction=True)
def test_two_schedulers_at_the_same_moment_enqueue_a_due_job_once():
    schedule_enqueue_due(jobs=[HOURLY], now=NOON)
    due = NOON + timedelta(hours=1)

    outcomes = run_together(
        lambda: schedule_enqueue_due(jobs=[HOURLY], now=due),
        lambda: schedule_enqueue_due(jobs=[HOURLY], now=due),
    )

    assert sorted(outcomes) == [[], ["probe"]]
    assert probes_queued() == 2


@pytest.mark.django_db(transaction=True)
def test_two_schedulers_meeting_a_new_job_enqueue_it_once():
    outcomes = run_together(
        lambda: schedule_enqueue_due(jobs=[HOURLY], now=NOON),
        lambda: schedule_enqueue_due(jobs=[HOURLY], now=NOON),
    )

    assert sorted(outcomes) == [[], ["probe"]]
    assert probes_queued() == 1


@pytest.mark.django_db(transaction=True)
def test_the_scheduler_enqueues_every_job_and_the_worker_runs_each(capsys):
    call_command("scheduler", "--once")

    assert "Enqueued:" in capsys.readouterr().out
    assert set(ScheduledJob.objects.values_list("name", flat=True)) == {j.name for j in JOBS}
    assert DBTaskResult.objects.filter(backend_name="background").count() == len(JOBS)

    run_worker()

    results = DBTaskResult.objects.filter(backend_name="background")
    assert {r.task_path.rsplit(".", 1)[1]: r.status for r in results} == {
        job.task.name: TaskResultStatus.SUCCESSFUL for job in JOBS
    }
    call_command("scheduler", "--once")  # nothing is due again yet
    assert DBTaskResult.objects.filter(backend_name="background").count() == len(JOBS)


def test_every_job_is_named_once_and_runs_on_the_background_queue():
    names = [job.name for job in JOBS]
    assert len(set(names)) == len(names)
    assert all(job.every >= timedelta(minutes=1) for job in JOBS)
    assert all(job.task.backend == "background" for job in JOBS)
