"""Every email the shop sends is queued as a task once its transaction commits and sent by
the worker: Oscar's and Django's emails (here a password reset), the shop's own (here the
points reminder, from a scheduled job), whole (HTML part, copies, headers, attachments)."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from commerce.core.scheduler import schedule_enqueue_due
from commerce.points.services.accounts import points_account_for
from config.schedule import JOBS
from tests.commerce.points.history import lot_made
from tests.factories import UserFactory
from tests.worker import run_worker

pytestmark = pytest.mark.django_db(transaction=True)

EMAIL_TASK = "commerce.core.emails.email_send"


@pytest.fixture(autouse=True)
def queued_email(settings):
    """The shop's mail settings (the test runner swaps EMAIL_BACKEND for its own outbox)."""
    settings.EMAIL_BACKEND = "commerce.core.emails.QueuedEmailBackend"
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


def email_tasks():
    return DBTaskResult.objects.filter(task_path=EMAIL_TASK)


def test_an_email_is_queued_after_commit_and_sent_whole_by_the_worker():
    message = EmailMultiAlternatives(
        subject="Your order",
        body="Plain words",
        from_email="shop@example.com",
        to=["ada@example.com"],
        cc=["grace@example.com"],
        bcc=["audit@example.com"],
        reply_to=["help@example.com"],
        headers={"X-Order": "100042"},
    )
    message.attach_alternative("<p>HTML words</p>", "text/html")
    message.attach("invoice.pdf", b"%PDF-1.4 \x00\xff", "application/pdf")
    message.attach("notes.txt", "Some notes", "text/plain")

    with transaction.atomic():
        message.send()
        assert not email_tasks().exists()  # nothing leaves before the commit
    assert mail.outbox == [] and email_tasks().get().status == TaskResultStatus.READY

    run_worker()

    [sent] = mail.outbox
    assert (sent.subject, sent.body, sent.from_email) == (
        "Your order",
        "Plain words",
        "shop@example.com",
    )
    assert (sent.to, sent.cc, sent.bcc) == (
        ["ada@example.com"],
        ["grace@example.com"],
        ["audit@example.com"],
    )
    assert sent.reply_to == ["help@example.com"] and sent.extra_headers == {"X-Order": "100042"}
    assert sent.alternatives[0][0] == "<p>HTML words</p>"
    assert [tuple(a) for a in sent.attachments] == [
        ("invoice.pdf", b"%PDF-1.4 \x00\xff", "application/pdf"),
        ("notes.txt", "Some notes", "text/plain"),
    ]
    assert email_tasks().get().status == TaskResultStatus.SUCCESSFUL


def test_an_email_of_a_change_that_rolled_back_is_never_queued():
    with pytest.raises(RuntimeError), transaction.atomic():
        mail.send_mail("Approved", "You are in", "shop@example.com", ["ada@example.com"])
        raise RuntimeError("the change failed")

    run_worker()
    assert not email_tasks().exists() and mail.outbox == []


def test_a_password_reset_email_is_sent_by_the_worker(client):
    UserFactory(email="ada@example.com")

    response = client.post(reverse("password-reset"), {"email": "ada@example.com"})

    assert response.status_code == 302
    assert mail.outbox == [] and email_tasks().count() == 1
    run_worker()
    [email] = mail.outbox
    assert email.to == ["ada@example.com"] and "/password-reset/" in email.body


def test_the_points_reminder_of_a_scheduled_job_is_sent_by_the_worker(settings):
    shopper = UserFactory(email="ada@example.com")
    now = timezone.now()
    expiring_in_a_week = now + timedelta(days=7)
    lot_made(points_account_for(user=shopper), 120, at=now, expires_at=expiring_in_a_week)

    assert "points-expire" in schedule_enqueue_due(jobs=JOBS, now=now)
    run_worker()  # the job, then the email it queued

    [email] = [m for m in mail.outbox if m.to == ["ada@example.com"]]
    assert "120" in email.body
