from django import forms

from .models import WebhookEndpoint, WebhookEvent


class WebhookEndpointForm(forms.ModelForm):
    """An endpoint as staff enter it: a URL, the events it wants, and an optional secret."""

    events = forms.MultipleChoiceField(
        choices=WebhookEvent.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text="The order events POSTed to this URL.",
    )

    class Meta:
        model = WebhookEndpoint
        fields = ["url", "description", "events", "is_active", "secret"]

    def clean_events(self):
        # Stored in the order of the choices, whatever order the browser sent.
        chosen = set(self.cleaned_data["events"])
        return [value for value, _label in WebhookEvent.choices if value in chosen]
