"""The shopper's "Use bonus points" form on the basket and checkout pages."""

from django import forms
from django.utils.translation import gettext_lazy as _


class PointsSpendForm(forms.Form):
    """How many points to spend, and which button was pressed: use, use all, remove."""

    USE, ALL, REMOVE = "use", "all", "remove"

    points = forms.IntegerField(
        label=_("Points to use"),
        min_value=0,
        required=False,
        error_messages={
            "invalid": _("Enter a whole number of points."),
            "min_value": _("Enter a whole number of points: 0 or more."),
        },
    )
    action = forms.ChoiceField(
        choices=[(USE, USE), (ALL, ALL), (REMOVE, REMOVE)], required=False, initial=USE
    )

    def clean(self):
        cleaned = super().clean()
        cleaned["action"] = cleaned.get("action") or self.USE
        if cleaned["action"] == self.USE and cleaned.get("points") is None and not self.errors:
            self.add_error("points", _("Enter how many points to use, or press “Use all”."))
        return cleaned
