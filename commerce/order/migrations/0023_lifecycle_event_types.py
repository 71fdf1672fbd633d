"""The event types of the order lifecycle: Oscar's shipping and payment event types it writes,
and the communication event types of its emails (editable in the dashboard; empty templates
fall back to the files under templates/oscar/communication/emails/)."""

from django.db import migrations

SHIPPING_EVENT_TYPES = {
    "shipped": "Shipped",
    "delivered": "Delivered",
    "cancelled": "Cancelled",
    "returned": "Returned",
}
PAYMENT_EVENT_TYPES = {"refund": "Refund"}
COMMUNICATION_EVENT_TYPES = {
    "ORDER_SHIPPED": "Order shipped",
    "ORDER_CANCELLED": "Order cancelled",
    "ORDER_REFUNDED": "Refund issued",
}


def create(apps, schema_editor):
    ShippingEventType = apps.get_model("order", "ShippingEventType")
    PaymentEventType = apps.get_model("order", "PaymentEventType")
    CommunicationEventType = apps.get_model("communication", "CommunicationEventType")
    for code, name in SHIPPING_EVENT_TYPES.items():
        ShippingEventType.objects.get_or_create(name=name, defaults={"code": code})
    for code, name in PAYMENT_EVENT_TYPES.items():
        PaymentEventType.objects.get_or_create(name=name, defaults={"code": code})
    for code, name in COMMUNICATION_EVENT_TYPES.items():
        CommunicationEventType.objects.get_or_create(
            code=code, defaults={"name": name, "category": "Order related"}
        )


def remove(apps, schema_editor):
    CommunicationEventType = apps.get_model("communication", "CommunicationEventType")
    CommunicationEventType.objects.filter(code__in=COMMUNICATION_EVENT_TYPES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("order", "0022_shipping_event_carrier_tracking"),
        ("communication", "0004_auto_20200801_0817"),
    ]

    operations = [migrations.RunPython(create, remove)]
