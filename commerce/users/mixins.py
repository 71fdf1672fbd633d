"""Oscar's RegisterUserMixin, creating the account through commerce.users.services.user_register
(the API's sign-up calls the same service). Loaded instead of Oscar's by
commerce/core/loading.py, so Oscar's registration page and its login-or-register page both use
it. Kept apart from commerce.users.views: Oscar's customer views import this mixin while they
load, so this module must not import them."""

from django.contrib.auth import login as auth_login
from django.core.exceptions import ValidationError
from oscar.apps.customer.mixins import RegisterUserMixin as OscarRegisterUserMixin

from . import services

# The backend new accounts are signed in with (the one in AUTHENTICATION_BACKENDS).
EMAIL_BACKEND = "commerce.users.auth_backends.EmailBackend"


class RegistrationRefused(Exception):
    """The service refused a sign-up the form had accepted (another sign-up took the address in
    the meantime); `form` carries the error to show."""

    def __init__(self, form):
        super().__init__(form.errors)
        self.form = form


def form_errors_add(*, form, error: ValidationError) -> None:
    """Show a service's ValidationError on the form: beside the field it names, else on top."""
    for field, messages in error.message_dict.items():
        form.add_error(field if field in form.fields else None, messages)


class RegisterUserMixin(OscarRegisterUserMixin):
    """Oscar's registration (signal, welcome email, signed in afterwards), done by the service."""

    def register_user(self, form):
        try:
            user = services.user_register(
                email=form.cleaned_data["email"],
                password=form.cleaned_data["password1"],
                request=self.request,
            )
        except ValidationError as error:
            form_errors_add(form=form, error=error)
            raise RegistrationRefused(form) from error
        # Oscar authenticates again to learn the backend; the unique email index makes its
        # "several accounts with this address" branch impossible, so the backend is named.
        auth_login(self.request, user, backend=EMAIL_BACKEND)
        return user
