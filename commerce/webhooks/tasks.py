"""Background work of the webhooks, run by `manage.py db_worker --backend background`."""

from django_tasks import task

from .services import delivery_attempt


@task(backend="background")
def webhook_delivery_attempt(delivery_id: str) -> None:
    """Attempt one webhook delivery (a no-op if it is already done, not due or being sent)."""
    delivery_attempt(delivery_id=delivery_id)
