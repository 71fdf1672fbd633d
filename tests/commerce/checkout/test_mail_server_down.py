"""A mail server that is down or refuses mail never turns a placed order into an error page:
the confirmation is queued as a task once the order commits, the worker's failed attempt is
recorded and retried, and the shopper gets it when the server takes mail again."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from oscar.core.loading import get_model

from tests.commerce.core.mail_servers import mail_server_answering_554, mail_server_port_closed
from tests.worker import run_worker

from .steps import checkout_to_preview, place_order, shop_ready

Order = get_model("order", "Order")
Basket = get_model("basket", "Basket")

pytestmark = pytest.mark.django_db(transaction=True)

SMTP = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_TASK = "commerce.core.emails.email_send"


@pytest.fixture(params=["answers 554", "refuses connections"])
def mail_server_down(request, settings):
    """The shop's mail settings as production has them (EMAIL_URL), on a server that fails."""
    server = (
        mail_server_answering_554 if request.param == "answers 554" else mail_server_port_closed
    )
    with server() as port:
        settings.EMAIL_BACKEND = "commerce.core.emails.QueuedEmailBackend"
        settings.EMAIL_DELIVERY_BACKEND = SMTP
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
        settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
        settings.EMAIL_TIMEOUT = 5
        yield port


def email_tasks() -> list[DBTaskResult]:
    return list(DBTaskResult.objects.filter(task_path=EMAIL_TASK).order_by("enqueued_at"))


def test_an_order_placed_while_the_mail_server_is_down_is_confirmed_later(
    client, settings, mail_server_down, caplog
):
    product = shop_ready(price="12.00", in_stock=4)
    checkout_to_preview(
        client,
        product=product,
        email="ada@example.com",
        shipping="standard",
        payment="cash-on-delivery",
    )

    response = place_order(client, "cash-on-delivery")

    assert response.status_code == 302 and response.url == reverse("checkout:thank-you")
    order = Order.objects.get()
    assert Basket.objects.get().status == Basket.SUBMITTED  # not offered again to pay twice
    thanks = client.get(response.url)
    assert thanks.status_code == 200 and order.number in thanks.content.decode()
    # Queued, not sent inside the shopper's request.
    [queued] = email_tasks()
    assert queued.status == TaskResultStatus.READY
    assert queued.args_kwargs["kwargs"]["message"]["to"] == ["ada@example.com"]

    run_worker()

    failed, retry = email_tasks()
    assert failed.status == TaskResultStatus.FAILED
    assert failed.exception_class_path in (
        "smtplib.SMTPConnectError",
        "builtins.ConnectionRefusedError",
    )
    assert retry.status == TaskResultStatus.READY and retry.args_kwargs["kwargs"]["attempt"] == 2
    assert retry.run_after > timezone.now() + timedelta(seconds=50)  # EMAIL_RETRY_DELAYS[0]
    assert "retrying" in caplog.text and order.number in caplog.text
    assert mail.outbox == []

    # The mail server takes mail again when the retry is due.
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
    run_worker()

    assert [task.status for task in email_tasks()] == [
        TaskResultStatus.FAILED,
        TaskResultStatus.SUCCESSFUL,
    ]
    [email] = mail.outbox
    assert email.to == ["ada@example.com"] and order.number in email.subject
    assert order.number in email.alternatives[0][0]  # the HTML part travelled with the task


def test_after_the_last_retry_the_email_is_logged_as_given_up(
    client, settings, mail_server_down, caplog
):
    settings.EMAIL_RETRY_DELAYS = [60]
    product = shop_ready(price="12.00", in_stock=4)
    checkout_to_preview(
        client,
        product=product,
        email="ada@example.com",
        shipping="standard",
        payment="cash-on-delivery",
    )
    assert place_order(client, "cash-on-delivery").status_code == 302

    run_worker()
    DBTaskResult.objects.filter(status=TaskResultStatus.READY).update(run_after=timezone.now())
    run_worker()

    assert [task.status for task in email_tasks()] == [TaskResultStatus.FAILED] * 2
    assert "failed 2 times; giving up" in caplog.text
    assert Order.objects.count() == 1
