from django.db import models


class ScheduledJob(models.Model):
    """When a periodic job (config/schedule.py) is next due: the row a scheduler claims with a
    conditional UPDATE before enqueueing the job, so two schedulers never enqueue it twice."""

    name = models.CharField(max_length=100, unique=True)
    next_run_at = models.DateTimeField()
    last_enqueued_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
