"""Oscar's account pages whose writes go through commerce.users.services; loaded instead of
Oscar's views by commerce/core/loading.py. Only the saving changes: templates, messages and
redirects are Oscar's."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from oscar.apps.customer import views as oscar_views

from . import services
from .mixins import RegistrationRefused, form_errors_add

# Oscar's ProfileForm is its UserForm (the shop sets no AUTH_PROFILE_MODULE): these fields.
PROFILE_FIELDS = ("email", "first_name", "last_name")


class AccountRegistrationView(oscar_views.AccountRegistrationView):
    """Oscar's registration page; a sign-up that loses a race for its address shows the form
    again with the error instead of failing."""

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except RegistrationRefused:
            return self.form_invalid(form)


class AccountAuthView(oscar_views.AccountAuthView):
    """Oscar's sign-in-or-register page, with the same handling of a lost sign-up race."""

    def validate_registration_form(self):
        try:
            return super().validate_registration_form()
        except RegistrationRefused as refused:
            context = self.get_context_data(registration_form=refused.form)
            return self.render_to_response(context)


class ProfileUpdateView(oscar_views.ProfileUpdateView):
    """Oscar's profile page, saved by services.user_update. The form's own email check stays:
    it shows the error with the other field errors; the service's unique index decides when
    two changes race."""

    def form_valid(self, form):
        user = self.request.user
        # Oscar warns the old address of a change; the form has already set the new one on
        # `user`, so the old one is read back from the database.
        old_user = get_user_model().objects.get(pk=user.pk)
        changes = {name: form.cleaned_data[name] for name in PROFILE_FIELDS if name in form.fields}
        try:
            services.user_update(user=user, **changes)
        except ValidationError as error:
            form_errors_add(form=form, error=error)
            return self.form_invalid(form)
        if user.email != old_user.email:
            self.send_email_changed_email(old_user, user.email)
        messages.success(self.request, _("Profile updated"))
        return redirect(self.get_success_url())
