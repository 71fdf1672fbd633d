"""The account emails (verification, registration attempts, email changes): every one is sent
by account_email_after_commit, the one place to change how they travel. The templates are Oscar
communication event types (file templates under
commerce/users/templates/oscar/communication/emails/; staff may override them in the dashboard
under Content -> Email templates), rendered with Oscar's `site` for absolute links."""

from functools import partial

from commerce.core.emails import communication_email_after_commit

#: A new account's link to confirm its address (and the link sent again on request).
EMAIL_VERIFY = "EMAIL_VERIFY"
#: To an account's owner when someone tries to register with their address.
REGISTRATION_ATTEMPT = "REGISTRATION_ATTEMPT"
#: To the NEW address: the link that makes the change.
EMAIL_CHANGE_CONFIRM = "EMAIL_CHANGE_CONFIRM"
#: To the OLD address: a change was asked for.
EMAIL_CHANGE_REQUESTED = "EMAIL_CHANGE_REQUESTED"
#: To the OLD address: the change was made (Oscar's own event type).
EMAIL_CHANGED = "EMAIL_CHANGED"


def account_email_after_commit(*, code: str, to: str, context: dict[str, str]) -> None:
    """Send the `code` email to `to` once the current transaction commits; `context` holds
    plain strings only (addresses, names, site paths), so the email can be queued as is."""
    communication_email_after_commit(code=code, build=partial(_message, to=to, context=context))


def _message(*, to: str, context: dict[str, str]) -> tuple[str, dict]:
    return to, context
