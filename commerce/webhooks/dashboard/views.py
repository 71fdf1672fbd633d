"""Staff list, create, edit and delete webhook endpoints, and see each one's recent deliveries."""

from django.contrib import messages
from django.urls import reverse, reverse_lazy
from django.views import generic

from commerce.webhooks.forms import WebhookEndpointForm
from commerce.webhooks.models import WebhookEndpoint

RECENT_DELIVERIES = 25


class EndpointListView(generic.ListView):
    model = WebhookEndpoint
    context_object_name = "endpoints"
    template_name = "webhooks/dashboard/endpoint_list.html"


class EndpointCreateView(generic.CreateView):
    model = WebhookEndpoint
    form_class = WebhookEndpointForm
    template_name = "webhooks/dashboard/endpoint_form.html"

    def get_initial(self):
        return {"is_active": True}

    def get_success_url(self):
        messages.success(
            self.request,
            "Webhook created. Copy its signing secret below into the receiving app.",
        )
        return reverse("webhooks_dashboard:webhook-update", kwargs={"pk": self.object.pk})


class EndpointUpdateView(generic.UpdateView):
    model = WebhookEndpoint
    form_class = WebhookEndpointForm
    context_object_name = "endpoint"
    template_name = "webhooks/dashboard/endpoint_form.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["deliveries"] = self.object.deliveries.all()[:RECENT_DELIVERIES]
        return context

    def get_success_url(self):
        messages.success(self.request, "Webhook saved.")
        return reverse("webhooks_dashboard:webhook-list")


class EndpointDeleteView(generic.DeleteView):
    model = WebhookEndpoint
    context_object_name = "endpoint"
    template_name = "webhooks/dashboard/endpoint_delete.html"
    success_url = reverse_lazy("webhooks_dashboard:webhook-list")
