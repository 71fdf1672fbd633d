"""The HTTP(S) opener a webhook POST goes through: it connects only to addresses already
checked by commerce.webhooks.destinations (never resolving the host again, so a DNS answer that
changes after the check is never used), talks TLS to the URL's host name (certificate and SNI
as usual), ignores proxy environment variables, and follows no redirect."""

import http.client
import socket
import urllib.request


def _connector(addresses: list[str]):
    """socket.create_connection, aimed at the checked addresses instead of the host name."""

    def create_connection(address, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, source_address=None):
        _host, port = address
        error: OSError | None = None
        for checked in addresses:
            try:
                return socket.create_connection((checked, port), timeout, source_address)
            except OSError as exc:
                error = exc
        raise error or OSError("No address to connect to.")

    return create_connection


def _pinned(connection_class, addresses: list[str]):
    class PinnedConnection(connection_class):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            # http.client connects through this attribute; the Host header and TLS keep the
            # URL's host name.
            self._create_connection = _connector(addresses)

    return PinnedConnection


class _PinnedHTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, addresses: list[str]):
        super().__init__()
        self._connection_class = _pinned(http.client.HTTPConnection, addresses)

    def http_open(self, req):
        return self.do_open(self._connection_class, req)


class _PinnedHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, addresses: list[str]):
        super().__init__()
        self._connection_class = _pinned(http.client.HTTPSConnection, addresses)

    def https_open(self, req):
        return self.do_open(self._connection_class, req, context=self._context)


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    # A redirect would turn the signed POST into a GET elsewhere (and to an unchecked address):
    # treat it as a failed attempt.
    def redirect_request(self, *args, **kwargs):
        return None


def pinned_opener(*, addresses: list[str]) -> urllib.request.OpenerDirector:
    """An opener whose connections go to `addresses` only (already checked), without proxies
    or redirects."""
    return urllib.request.build_opener(
        urllib.request.ProxyHandler({}),
        _NoRedirects,
        _PinnedHTTPHandler(addresses),
        _PinnedHTTPSHandler(addresses),
    )
