"""Oscar's account pages whose writes go through commerce.users.services (loaded instead of
Oscar's views by commerce/core/loading.py), and the pages of the emailed links (verification,
email change; commerce.users.urls)."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from oscar.apps.customer import views as oscar_views

from . import services
from .messages import email_change_requested_message
from .mixins import RegistrationRefused, form_errors_add


class AccountRegistrationView(oscar_views.AccountRegistrationView):
    """Oscar's registration page: the same answer whether or not the address has an account
    (to the sign-in page, "check your inbox")."""

    def form_valid(self, form):
        try:
            self.register_user(form)
        except RegistrationRefused:
            return self.form_invalid(form)
        return self.registration_answered(form)


class AccountAuthView(oscar_views.AccountAuthView):
    """Oscar's sign-in-or-register page, registering as the registration page does."""

    def validate_registration_form(self):
        form = self.get_registration_form(bind_data=True)
        if form.is_valid():
            try:
                self.register_user(form)
            except RegistrationRefused:
                pass
            else:
                return self.registration_answered(form)
        return self.render_to_response(self.get_context_data(registration_form=form))


class ProfileUpdateView(oscar_views.ProfileUpdateView):
    """Oscar's profile page: names are saved at once; a new email address needs the current
    password and changes when the link sent to it is followed."""

    def form_valid(self, form):
        user = self.request.user
        new_email = form.cleaned_data.get("email")
        # Validating the form set the submitted address on the user: put the real one back.
        user.email = form.current_email
        try:
            asked = None
            if new_email:
                asked = services.email_change_request(
                    user=user, email=new_email, password=form.cleaned_data.get("password")
                )
        except ValidationError as error:
            form_errors_add(form=form, error=error)
            return self.form_invalid(form)
        names = {name: form.cleaned_data[name] for name in ("first_name", "last_name")}
        services.user_update(user=user, **{k: v for k, v in names.items() if k in form.fields})
        if asked:
            messages.info(self.request, email_change_requested_message(asked))
        messages.success(self.request, _("Profile updated"))
        return redirect(self.get_success_url())


class EmailVerifyView(TemplateView):
    """The verification link: confirms the address (GET: the link is opened from an email)."""

    template_name = "users/email_link.html"

    def get(self, request, token):
        try:
            services.email_verify(token=token)
        except ValidationError as error:
            return self.render_to_response({"error": " ".join(error.messages)})
        messages.success(request, _("Thank you: your email address is confirmed."))
        if request.user.is_authenticated:
            return redirect("customer:profile-view")
        return redirect("customer:login")


class EmailVerifyResendView(LoginRequiredMixin, TemplateView):
    """Ask for a new verification link (GET: the page with the button; POST: send it)."""

    template_name = "users/email_verify_resend.html"

    def post(self, request):
        try:
            services.email_verification_resend(user=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request, _("We sent a new link to %(email)s.") % {"email": request.user.email}
            )
        return redirect("customer:profile-view")


class EmailChangeView(TemplateView):
    """The email-change link: GET shows what will change, POST makes the change (mail scanners
    that open links must not change an account)."""

    template_name = "users/email_link.html"

    def get(self, request, token):
        return self.render_to_response(
            {"confirm": True, "action": reverse("users:email-change", args=[token])}
        )

    def post(self, request, token):
        try:
            user = services.email_change_confirm(token=token)
        except ValidationError as error:
            return self.render_to_response({"error": " ".join(error.messages)})
        messages.success(request, _("Your email address is now %(email)s.") % {"email": user.email})
        if request.user.is_authenticated:
            return redirect("customer:profile-view")
        return redirect("customer:login")
