"""Oscar's RegisterUserMixin, creating the account through commerce.users.services.user_register
(the API's sign-up calls the same service). Loaded instead of Oscar's by
commerce/core/loading.py, so Oscar's registration page and its login-or-register page both use
it. Kept apart from commerce.users.views: Oscar's customer views import this mixin while they
load, so this module must not import them."""

from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, resolve_url
from django.urls import reverse
from oscar.apps.customer.mixins import RegisterUserMixin as OscarRegisterUserMixin

from . import services
from .messages import registration_answer


class RegistrationRefused(Exception):
    """The service refused a sign-up the form had accepted (a password the validators refuse);
    `form` carries the error to show."""

    def __init__(self, form):
        super().__init__(form.errors)
        self.form = form


def form_errors_add(*, form, error: ValidationError) -> None:
    """Show a service's ValidationError on the form: beside the field it names, else on top."""
    for field, messages_ in error.message_dict.items():
        form.add_error(field if field in form.fields else None, messages_)


class RegisterUserMixin(OscarRegisterUserMixin):
    """Oscar's registration, done by the service. Nobody is signed in: the answer must be the
    same for an address that already has an account, whose owner is not the visitor."""

    def register_user(self, form):
        try:
            return services.user_register(
                email=form.cleaned_data["email"],
                password=form.cleaned_data["password1"],
                request=self.request,
            )
        except ValidationError as error:
            form_errors_add(form=form, error=error)
            raise RegistrationRefused(form) from error

    def registration_answered(self, form):
        """The one answer to a sign-up: to the sign-in page (then on to where the visitor was
        going), saying to check the inbox."""
        messages.info(self.request, registration_answer(email=form.cleaned_data["email"]))
        query = urlencode({"next": resolve_url(form.cleaned_data["redirect_url"])})
        return redirect(f"{reverse('customer:login')}?{query}")
