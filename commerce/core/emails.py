"""Every email the shop sends leaves by background work, after the transaction commits.

`EMAIL_BACKEND` is `QueuedEmailBackend`: whatever sends an email (Oscar's order confirmation
and dispatchers, Django's password reset, Wagtail's notifications, the shop's own emails below)
only queues it, once the current transaction commits, as the `email_send` task; the worker
(`manage.py db_worker --backend background`) sends it through the real mail server,
`EMAIL_DELIVERY_BACKEND` (set from EMAIL_URL). A mail server that is down therefore never turns
a placed order or a decision into an error page: the attempt is recorded as a failed task
and tried again after each of `EMAIL_RETRY_DELAYS`, then logged as given up.

The shop's own emails about someone's standing (a seller's, an affiliate's, points) are Oscar
communication event types with file templates (staff may override them in the dashboard under
Content -> Email templates by adding a type with the same code), built once the change commits,
so an email never announces a decision that was rolled back."""

import base64
import logging
from collections.abc import Callable
from datetime import timedelta
from functools import partial
from smtplib import SMTPException

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.utils import timezone
from django_tasks import task
from oscar.core.loading import get_class

Dispatcher = get_class("communication.utils", "Dispatcher")

logger = logging.getLogger(__name__)


def communication_email_after_commit(*, code: str, build: Callable[[], tuple[str, dict]]) -> None:
    """Send Oscar's `code` email once the current transaction commits; `build` runs then and
    returns the address and the template context, so the email reads the committed rows."""
    transaction.on_commit(
        partial(_communication_send, code=code, build=build),
        robust=True,  # a failure to build the email must not undo or hide the decision
    )


def _communication_send(*, code: str, build: Callable[[], tuple[str, dict]]) -> None:
    address, context = build()
    dispatcher = Dispatcher()
    messages = dispatcher.get_messages(code, {"shop_name": settings.OSCAR_SHOP_NAME, **context})
    dispatcher.dispatch_direct_messages(address, messages)


def standing_email_after_commit(
    *, code: str, member, name: str, address: Callable[[object], str]
) -> None:
    """Send Oscar's `code` email about `member`'s standing (a seller, an affiliate) once the
    current transaction commits: the committed row, read again with its user, is the
    template's `name` variable, and the email goes to `address(row)`."""
    build = partial(_standing_message, model=type(member), pk=member.pk, name=name, address=address)
    communication_email_after_commit(code=code, build=build)


def _standing_message(*, model, pk, name: str, address) -> tuple[str, dict]:
    member = model._default_manager.select_related("user").get(pk=pk)
    return address(member), {name: member}


def email_send_after_commit(*, message: EmailMessage) -> None:
    """Queue `message` for the worker to send, once the current transaction commits."""
    data = _message_data(message)
    # robust: a queue that cannot be written must not turn a committed change into an error.
    transaction.on_commit(partial(email_send.enqueue, message=data), robust=True)


class QueuedEmailBackend(BaseEmailBackend):
    """The EMAIL_BACKEND: each message becomes an `email_send` task after commit."""

    def send_messages(self, email_messages) -> int:
        for message in email_messages:
            email_send_after_commit(message=message)
        return len(email_messages)


@task(backend="background")
def email_send(message: dict, attempt: int = 1) -> None:
    """Send one queued email through EMAIL_DELIVERY_BACKEND; if the mail server fails, this
    attempt fails (recorded with its error) and the next is queued after EMAIL_RETRY_DELAYS."""
    email = _message_from(message)
    try:
        get_connection(settings.EMAIL_DELIVERY_BACKEND).send_messages([email])
    except (SMTPException, OSError) as error:  # refused, rejected, timed out, TLS
        delays = settings.EMAIL_RETRY_DELAYS
        if attempt <= len(delays):
            retry_at = timezone.now() + timedelta(seconds=delays[attempt - 1])
            email_send.using(run_after=retry_at).enqueue(message=message, attempt=attempt + 1)
            logger.warning(
                "Email %r to %s failed (attempt %s), retrying at %s: %s",
                email.subject, email.to, attempt, retry_at.isoformat(), error,
            )  # fmt: skip
        else:
            logger.error(
                "Email %r to %s failed %s times; giving up: %s",
                email.subject, email.to, attempt, error,
            )  # fmt: skip
        raise


def _message_data(message: EmailMessage) -> dict:
    """The message as JSON for the task's arguments (attachments' bytes in base64)."""
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": dict(message.extra_headers),
        "content_subtype": message.content_subtype,
        "alternatives": [
            [str(content), mimetype] for content, mimetype in getattr(message, "alternatives", [])
        ],
        "attachments": [_attachment_data(*attachment) for attachment in message.attachments],
    }


def _attachment_data(filename, content, mimetype) -> list:
    if isinstance(content, bytes):
        return [filename, base64.b64encode(content).decode("ascii"), mimetype, True]
    return [filename, content, mimetype, False]


def _message_from(data: dict) -> EmailMultiAlternatives:
    email = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
        alternatives=[tuple(alternative) for alternative in data["alternatives"]],
    )
    email.content_subtype = data["content_subtype"]
    for filename, content, mimetype, encoded in data["attachments"]:
        email.attach(filename, base64.b64decode(content) if encoded else content, mimetype)
    return email
