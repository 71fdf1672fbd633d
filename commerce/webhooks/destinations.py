"""Where webhooks may go: out to the internet, never into the shop's own network.

A webhook URL is typed by someone outside the web server's trust (staff today, maybe sellers or
API clients later), and the shop POSTs to it from inside its network: pointed at loopback, a
private or link-local address (the cloud metadata service at 169.254.169.254) it would make the
shop a proxy into places only the shop can reach (SSRF). So:

- when a URL is saved, `webhook_url_check` refuses a scheme other than http(s), and a host that
  is, or resolves to, such an address (a name that does not resolve yet is checked when sent);
- when a delivery is sent, `webhook_destination_addresses` resolves the host once and checks
  EVERY address it resolves to, and the POST connects to those checked addresses
  (commerce.webhooks.transport), so a name that changes its answer between the check and the
  connection (DNS rebinding) gains nothing.

WEBHOOK_ALLOWED_NETWORKS lets chosen internal networks through (the tests' receiver on
127.0.0.1, a receiver on a private network the shop trusts).
"""

import ipaddress
import socket
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError

Address = ipaddress.IPv4Address | ipaddress.IPv6Address

ALLOWED_SCHEMES = ("http", "https")


class WebhookDestinationRefused(Exception):
    """A webhook URL the shop will not send to; the message says why, as a sentence."""


class WebhookHostUnresolved(WebhookDestinationRefused):
    """The URL's host name does not resolve (now): nothing can be sent to it."""


def _refusal(address: Address) -> str | None:
    """Why the shop will not connect to `address`, or None if it may."""
    if address.version == 6 and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    for network in settings.WEBHOOK_ALLOWED_NETWORKS:
        if address in ipaddress.ip_network(network, strict=False):
            return None
    if address.is_loopback:
        return f"{address} is a loopback address (the shop's own machine)"
    if address.is_link_local:
        return f"{address} is a link-local address (such as the cloud metadata service)"
    if address.is_multicast:
        return f"{address} is a multicast address"
    if address.is_unspecified or address.is_reserved:
        return f"{address} is a reserved address"
    if address.is_private or not address.is_global:
        return f"{address} is a private network address"
    return None


def _host_port(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    if parts.scheme not in ALLOWED_SCHEMES:
        raise WebhookDestinationRefused("Webhook URLs must start with http:// or https://.")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise WebhookDestinationRefused("The URL's port is not a number from 1 to 65535.") from exc
    if not parts.hostname:
        raise WebhookDestinationRefused("The URL has no host name.")
    return parts.hostname, port


def _literal_address(host: str) -> Address | None:
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        return None


def _resolved(host: str, port: int) -> list[Address]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    # An IPv6 answer may carry a zone ("fe80::1%eth0"): the address is what precedes it.
    return list(dict.fromkeys(ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos))


def _refuse_any(host: str, addresses: list[Address]) -> None:
    for address in addresses:
        reason = _refusal(address)
        if reason:
            raise WebhookDestinationRefused(
                f"Webhooks cannot be sent to {host}: {reason}. Use a public address of the "
                f"receiving app."
            )


def webhook_destination_addresses(*, url: str) -> tuple[str, int, list[str]]:
    """(host, port, addresses) a delivery to `url` may connect to: every address the host
    resolves to, each checked; refuses with WebhookDestinationRefused."""
    host, port = _host_port(url)
    literal = _literal_address(host)
    try:
        addresses = [literal] if literal else _resolved(host, port)
    except OSError as exc:
        raise WebhookHostUnresolved(f"The host name {host} could not be resolved.") from exc
    _refuse_any(host, addresses)
    return host, port, [str(address) for address in addresses]


def webhook_url_check(*, url: str) -> None:
    """Refuse (ValidationError) a webhook URL that is not http(s) or whose host is, or resolves
    to, an address inside the shop's network; a name that does not resolve yet is let through
    (it is checked again on every delivery)."""
    try:
        webhook_destination_addresses(url=url)
    except WebhookHostUnresolved:
        return
    except WebhookDestinationRefused as refusal:
        raise ValidationError(str(refusal), code="webhook_destination") from refusal
