"""The staff screens for a standing (commerce.core.transitions), one pattern for sellers and
affiliates: a list filterable by status with applications first, and a detail page offering
the decisions that make sense now and taking one through the app's services.

Templates: dashboard/standing_list.html (extended by each app's list) and the partials under
dashboard/partials/ (status tabs, status cell, decision form)."""

from collections.abc import Callable, Mapping

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404, redirect
from django.views import generic

from commerce.core.forms import DecisionForm
from commerce.core.transitions import MOVES, decisions_from


def error_messages(request, error: ValidationError) -> None:
    """Show each sentence of a service's ValidationError as an error message."""
    for message in error.messages:
        messages.error(request, message)


class StandingListView(generic.ListView):
    """Every row with a standing, filterable by `?status=`; `for_staff(status=)` is the app's
    selector (a staticmethod) that puts applications waiting for a decision first."""

    statuses: type[models.TextChoices]
    for_staff: Callable[..., QuerySet]
    #: What the page, its breadcrumb and its table are called, e.g. "Sellers".
    title = ""
    icon = ""
    paginate_by = 50

    def get_status(self) -> str:
        status = self.request.GET.get("status", "")
        return status if status in self.statuses.values else ""

    def get_queryset(self):
        return self.for_staff(status=self.get_status())

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            statuses=self.statuses.choices,
            current_status=self.get_status(),
            title=self.title,
            icon=self.icon,
            **kwargs,
        )


class StandingDecisionMixin:
    """For a DetailView of one row with a standing: offers the decisions that make sense in
    its status and takes the one POSTed through `decisions` (action -> the app's service,
    called with the object as `context_object_name`, `by` and, where needed, `reason`)."""

    decision_form_class: type[DecisionForm]
    decisions: Mapping[str, Callable]
    #: The success message of each decision; "{name}" is `name_of(object)`.
    done: Mapping[str, str]
    #: The URL name of the detail page, to come back to after a decision.
    detail_url_name: str

    def name_of(self, obj) -> str:
        return str(obj)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["actions"] = decisions_from(self.object.status)
        context.setdefault("form", self.decision_form_class())
        return context

    def post(self, request, *args, **kwargs):
        self.object = obj = get_object_or_404(self.get_queryset(), pk=kwargs["pk"])
        form = self.decision_form_class(request.POST)
        if not form.is_valid():
            messages.error(request, "Choose a decision.")
            return redirect(self.detail_url_name, pk=obj.pk)
        action = form.cleaned_data["action"]
        params = {self.context_object_name: obj, "by": request.user}
        if MOVES[action].needs_reason:
            params["reason"] = form.cleaned_data["reason"]
        try:
            self.decisions[action](**params)
        except ValidationError as error:
            error_messages(request, error)
            return self.render_to_response(self.get_context_data(form=form), status=400)
        messages.success(request, self.done[action].format(name=self.name_of(obj)))
        return redirect(self.detail_url_name, pk=obj.pk)
