"""Form pieces shared by the dashboards and the sellers' and affiliates' pages."""

from django import forms
from django.core.exceptions import ValidationError

from commerce.core.transitions import MOVES


class CategoryChoiceField(forms.ModelChoiceField):
    """Categories in tree order, indented by depth (no query per option)."""

    def label_from_instance(self, category) -> str:
        return f"{'— ' * (category.depth - 1)}{category.name}"


class ServiceErrorsMixin:
    """Shows a service's ValidationError next to its field, or above the form."""

    def add_service_error(self, error: ValidationError) -> None:
        if not hasattr(error, "error_dict"):
            self.add_error(None, error)
            return
        for field, messages in error.message_dict.items():
            self.add_error(field if field in self.fields else None, messages)


class DecisionForm(forms.Form):
    """A staff decision on a standing (commerce.core.transitions), with the reason the one
    decided on (`reader`: "seller", "affiliate") reads in our email."""

    ACTIONS = tuple(MOVES)
    reader = ""

    action = forms.ChoiceField(choices=[(a, a) for a in ACTIONS], widget=forms.HiddenInput)
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=2000,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        help_text = f"Needed to refuse or suspend: the {self.reader} reads it in our email."
        self.fields["reason"].help_text = help_text
