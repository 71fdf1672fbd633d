"""Webhooks never reach into the shop's own network (SSRF): such URLs are refused when saved,
with a message saying why, and deliveries are checked again when sent, against every address
the host resolves to, connecting only to the checked addresses."""

import socket

import pytest
from django.urls import reverse

from commerce.webhooks.forms import WebhookEndpointForm
from commerce.webhooks.models import WebhookAttempt, WebhookDelivery, WebhookEndpoint
from commerce.webhooks.services import delivery_attempt

from .conftest import ALL_EVENTS

pytestmark = pytest.mark.django_db


@pytest.fixture
def no_allowed_networks(settings):
    settings.WEBHOOK_ALLOWED_NETWORKS = []


def form_errors(url: str) -> list[str]:
    form = WebhookEndpointForm(
        data={"url": url, "description": "", "events": ["order.placed"], "is_active": "on"}
    )
    form.is_valid()
    return [str(message) for message in form.errors.get("url", [])]


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://127.0.0.1:8000/hook", "127.0.0.1 is a loopback address"),
        ("http://localhost/hook", "127.0.0.1 is a loopback address"),
        ("http://[::1]/hook", "::1 is a loopback address"),
        ("http://[::ffff:127.0.0.1]/hook", "is a loopback address"),
        ("http://169.254.169.254/latest/meta-data/", "link-local address"),
        ("http://10.0.0.5/hook", "10.0.0.5 is a private network address"),
        ("https://192.168.1.20/hook", "private network address"),
        ("http://224.0.0.1/hook", "multicast address"),
        ("http://0.0.0.0/hook", "reserved address"),
        ("http://240.0.0.1/hook", "reserved address"),
    ],
)
def test_a_url_into_the_shops_network_is_refused_when_saved_with_the_reason(
    no_allowed_networks, url, reason
):
    [error] = form_errors(url)
    assert reason in error
    assert "Use a public address of the receiving app." in error


def test_only_http_and_https_urls_are_accepted(no_allowed_networks):
    [error] = form_errors("ftp://files.example.com/hook")
    assert error == "Webhook URLs must start with http:// or https://."


@pytest.mark.parametrize(
    "url", ["https://erp.example.com/hooks/shop", "http://93.184.215.14/hook", "https://1.1.1.1/"]
)
def test_public_addresses_and_names_not_yet_resolvable_are_accepted(no_allowed_networks, url):
    assert form_errors(url) == []


def test_an_allowed_network_lets_its_addresses_through(settings):
    settings.WEBHOOK_ALLOWED_NETWORKS = ["10.20.0.0/16"]
    assert form_errors("http://10.20.3.4/hook") == []
    assert "private network address" in form_errors("http://10.21.0.1/hook")[0]


def test_the_dashboard_shows_the_refusal_on_the_url_field(client, no_allowed_networks, staff):
    client.force_login(staff)
    response = client.post(
        reverse("webhooks_dashboard:webhook-create"),
        {"url": "http://169.254.169.254/latest/", "events": ["order.placed"], "is_active": "on"},
    )
    assert response.status_code == 200
    assert "link-local address" in response.content.decode()
    assert not WebhookEndpoint.objects.exists()


@pytest.fixture
def staff(django_user_model):
    user = django_user_model.objects.create_user(email="staff@example.com", password="pw")
    user.is_staff = True
    user.save()
    return user


def delivery_to(url: str, order) -> WebhookDelivery:
    # Written directly, as a URL saved before the rule, or a name whose answer changed since.
    endpoint = WebhookEndpoint.objects.create(url=url, events=ALL_EVENTS)
    return WebhookDelivery.objects.create(
        endpoint=endpoint,
        event="order.placed",
        order_number=order.number,
        payload={"id": "x"},
        next_attempt_at=endpoint.created,
    )


def test_a_delivery_into_the_shops_network_is_not_sent(no_allowed_networks, receiver, order):
    delivery = delivery_attempt(delivery_id=delivery_to(receiver.url("/hook"), order).id)

    assert receiver.requests == []
    assert delivery.last_response_code is None
    assert "127.0.0.1 is a loopback address" in delivery.last_error
    assert "loopback" in WebhookAttempt.objects.get().error


def test_a_name_resolving_into_the_shops_network_is_not_sent(no_allowed_networks, receiver, order):
    port = receiver.server.server_address[1]
    delivery = delivery_attempt(delivery_id=delivery_to(f"http://localhost:{port}/h", order).id)
    assert receiver.requests == []
    assert "Webhooks cannot be sent to localhost" in delivery.last_error


class FakeDNS:
    """Name resolution as a hostile DNS server plays it: `answers` for the hook's host name, in
    turn (the last one repeated); literal addresses resolve as usual."""

    def __init__(self, monkeypatch, host: str, *answers: list[str]):
        self.host, self.answers, self.asked = host, list(answers), 0
        self.real = socket.getaddrinfo
        monkeypatch.setattr(socket, "getaddrinfo", self)

    def __call__(self, host, port, *args, **kwargs):
        if host != self.host:
            return self.real(host, port, *args, **kwargs)
        answer = self.answers[min(self.asked, len(self.answers) - 1)]
        self.asked += 1
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port)) for address in answer]


def test_every_address_of_a_name_is_checked(no_allowed_networks, monkeypatch, receiver, order):
    FakeDNS(monkeypatch, "hooks.partner.test", ["93.184.215.14", "10.0.0.7"])
    delivery = delivery_attempt(delivery_id=delivery_to("http://hooks.partner.test/h", order).id)
    assert "10.0.0.7 is a private network address" in delivery.last_error


def test_the_post_goes_to_the_checked_address_even_if_the_name_changes_its_answer(
    monkeypatch, receiver, order
):
    # Allowed (test settings): 127.0.0.1. A rebinding DNS answers it for the check, then an
    # address inside the shop's network for any later lookup.
    dns = FakeDNS(monkeypatch, "hooks.partner.test", ["127.0.0.1"], ["10.255.255.1"])
    port = receiver.server.server_address[1]
    url = f"http://hooks.partner.test:{port}/hook"
    delivery = delivery_attempt(delivery_id=delivery_to(url, order).id)

    assert delivery.status == WebhookDelivery.Status.SUCCEEDED, delivery.last_error
    [request] = receiver.requests
    assert request.headers["Host"] == f"hooks.partner.test:{port}"
    assert dns.asked == 1
