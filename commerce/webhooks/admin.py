from django.contrib import admin

from .forms import WebhookEndpointForm
from .models import WebhookAttempt, WebhookDelivery, WebhookEndpoint


@admin.register(WebhookEndpoint)
class WebhookEndpointAdmin(admin.ModelAdmin):
    form = WebhookEndpointForm
    list_display = ["url", "description", "is_active", "events", "created"]
    list_filter = ["is_active"]
    search_fields = ["url", "description"]


class WebhookAttemptInline(admin.TabularInline):
    model = WebhookAttempt
    extra = 0
    can_delete = False
    fields = ["number", "started", "duration_ms", "response_code", "error"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(admin.ModelAdmin):
    """The delivery log: read-only, written by the shop alone."""

    list_display = [
        "id",
        "event",
        "order_number",
        "endpoint",
        "status",
        "attempts",
        "last_response_code",
        "next_attempt_at",
        "created",
    ]
    list_filter = ["status", "event", "endpoint"]
    search_fields = ["=id", "order_number"]
    inlines = [WebhookAttemptInline]

    def get_readonly_fields(self, request, obj=None):
        return [field.name for field in self.model._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
