"""The shopper's points pages and forms on the site (commerce.points.urls). Writes are
commerce.points.services (the same the API calls)."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views import View
from oscar.templatetags.currency_filters import currency

from commerce.points.forms import PointsSpendForm
from commerce.points.selectors.balance import points_value
from commerce.points.services import reservations


def _next_url(request) -> str:
    """Where the form came from (a same-site address only), else the basket."""
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return reverse("basket:summary")


class PointsReserveView(LoginRequiredMixin, View):
    """Use points on the shopper's basket ("Use", "Use all", "Remove"), then go back."""

    http_method_names = ["post"]

    def post(self, request):
        form = PointsSpendForm(request.POST)
        if not form.is_valid():
            for error in form.errors.get("points", form.non_field_errors()):
                messages.error(request, error)
            return redirect(_next_url(request))
        action = form.cleaned_data["action"]
        try:
            if action == PointsSpendForm.REMOVE:
                reservation = None
                reservations.points_reservation_clear(basket=request.basket, user=request.user)
            elif action == PointsSpendForm.ALL:
                reservation = reservations.points_reserve_most(
                    basket=request.basket, user=request.user
                )
            else:
                reservation = reservations.points_reserve(
                    basket=request.basket, user=request.user, points=form.cleaned_data["points"]
                )
        except ValidationError as exc:
            for message in exc.messages:
                messages.error(request, message)
            return redirect(_next_url(request))
        if reservation is None:
            messages.success(request, _("You are no longer using points on this order."))
        else:
            messages.success(request, _reserved_message(reservation))
        return redirect(_next_url(request))


def _reserved_message(reservation) -> str:
    value = currency(points_value(points=reservation.points))
    return _("You are using %(points)s points (%(value)s off) on this order.") % {
        "points": f"{reservation.points:,}",
        "value": value,
    }
