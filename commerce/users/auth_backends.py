"""The one sign-in backend: Oscar's email backend, costing the same whether or not the email has
an account, so sign-in timing does not tell which emails are registered."""

from django.contrib.auth import get_user_model
from oscar.apps.customer.auth_backends import EmailBackend as OscarEmailBackend
from oscar.apps.customer.utils import normalise_email


class EmailBackend(OscarEmailBackend):
    """Signs in by email and password (and gives Django's permissions, as ModelBackend does).
    An unknown email hashes the password once, as a known email's check does (Django's
    ModelBackend does the same against timing attacks)."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        email = kwargs.get("email") or username
        if email is None or password is None:
            return None
        User = get_user_model()
        if not User.objects.filter(email__iexact=normalise_email(email)).exists():
            User().set_password(password)
            return None
        return super().authenticate(request, username=email, password=password)
