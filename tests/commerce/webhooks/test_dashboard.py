"""Staff register webhooks in Oscar's dashboard; the delivery log is read-only in Django admin."""

import pytest
from django.urls import reverse

from commerce.webhooks.models import WebhookEndpoint

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(django_user_model):
    user = django_user_model.objects.create_user(email="staff@example.com", password="pw")
    user.is_staff = True
    user.save()
    return user


def test_staff_add_a_webhook_and_get_a_secret_to_copy(client, staff):
    client.force_login(staff)
    response = client.post(
        reverse("webhooks_dashboard:webhook-create"),
        {
            "url": "https://erp.example.com/hooks/shop",
            "description": "ERP",
            "events": ["order.placed", "order.shipped"],
            "is_active": "on",
            "secret": "",
        },
    )

    endpoint = WebhookEndpoint.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("webhooks_dashboard:webhook-update", kwargs={"pk": endpoint.pk})
    assert endpoint.events == ["order.placed", "order.shipped"]
    assert endpoint.secret.startswith("whsec_") and len(endpoint.secret) > 40
    page = client.get(response.url).content.decode()
    assert endpoint.secret in page
    assert "Recent deliveries" in page


def test_the_dashboard_menu_and_list_show_webhooks_to_staff(client, staff):
    WebhookEndpoint.objects.create(url="https://crm.example.com/in", events=["order.placed"])
    client.force_login(staff)

    dashboard = client.get(reverse("dashboard:index")).content.decode()
    assert reverse("webhooks_dashboard:webhook-list") in dashboard
    listing = client.get(reverse("webhooks_dashboard:webhook-list"))
    assert listing.status_code == 200
    assert "https://crm.example.com/in" in listing.content.decode()


def test_shoppers_cannot_reach_the_webhooks_dashboard(client, django_user_model):
    shopper = django_user_model.objects.create_user(email="shopper@example.com", password="pw")
    client.force_login(shopper)
    response = client.get(reverse("webhooks_dashboard:webhook-list"))
    assert response.status_code in (302, 403)
    assert WebhookEndpoint.objects.count() == 0


def test_the_delivery_log_is_read_only_in_django_admin(admin_client):
    endpoint = WebhookEndpoint.objects.create(url="https://x.example.com/", events=[])
    delivery = endpoint.deliveries.create(
        event="order.placed", order_number="100001", payload={"id": "x"}
    )
    page = admin_client.get(
        reverse("admin:webhooks_webhookdelivery_change", args=[delivery.pk])
    ).content.decode()
    assert "100001" in page
    assert 'name="_save"' not in page
    assert admin_client.get(reverse("admin:webhooks_webhookdelivery_add")).status_code == 403
