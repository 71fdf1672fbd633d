"""In production every log line is a JSON object carrying the id of the request that wrote it
(the id the response sends back in X-Request-ID), and unhandled errors are reported to Sentry
when SENTRY_DSN is set, without personal data."""

import gzip
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from .processes import (
    free_port,
    get,
    gunicorn_serving,
    production_environment,
    suite_database_url,
)

PROXY_ID = "proxy-7f3a9c"


class SentryStandIn(BaseHTTPRequestHandler):
    """Takes what a Sentry SDK sends (envelopes) and keeps the events."""

    events: list[dict] = []
    raw: list[bytes] = []

    def do_POST(self):  # noqa: N802 - http.server's name
        body = self.rfile.read(int(self.headers["Content-Length"]))
        if self.headers.get("Content-Encoding") == "gzip":
            body = gzip.decompress(body)
        SentryStandIn.raw.append(body)
        lines = body.split(b"\n")
        for header, payload in zip(lines[1::2], lines[2::2], strict=False):
            if json.loads(header).get("type") == "event":
                SentryStandIn.events.append(json.loads(payload))
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def served(tmp_path_factory, django_db_setup):
    """The shop served by gunicorn with the production settings (+ a view that logs and one
    that fails), reporting errors to a stand-in Sentry on 127.0.0.1; both requests made."""
    sentry = ThreadingHTTPServer(("127.0.0.1", free_port()), SentryStandIn)
    threading.Thread(target=sentry.serve_forever, daemon=True).start()
    environment = production_environment(
        DJANGO_SETTINGS_MODULE="tests.config.observed_settings",
        DATABASE_URL=suite_database_url(),
        MEDIA_ROOT=str(tmp_path_factory.mktemp("media")),
        SENTRY_DSN=f"http://public-key@127.0.0.1:{sentry.server_port}/42",
        SENTRY_ENVIRONMENT="staging",
        SENTRY_RELEASE="shop@1.2.3",
    )
    try:
        with gunicorn_serving(environment) as shop:
            logged = get(
                f"{shop.url}/observed/log",
                headers={"X-Request-ID": PROXY_ID, "X-Forwarded-Proto": "https"},
            )
            failed = get(
                f"{shop.url}/observed/fail",
                headers={
                    "X-Forwarded-Proto": "https",
                    "Cookie": "sessionid=a-secret-session",
                    "X-Forwarded-For": "203.0.113.9",
                },
            )
            deadline = time.monotonic() + 15
            while not SentryStandIn.events and time.monotonic() < deadline:
                time.sleep(0.2)
        yield {"logged": logged, "failed": failed, "log": shop.log()}
    finally:
        sentry.shutdown()
        sentry.server_close()


def _json_lines(log: str) -> list[dict]:
    return [json.loads(line) for line in log.splitlines() if line.startswith("{")]


def test_a_requests_log_lines_are_json_with_the_proxys_request_id(served):
    status, headers, _ = served["logged"]
    assert status == 200
    assert headers["X-Request-ID"] == PROXY_ID
    lines = [line for line in _json_lines(served["log"]) if line["request_id"] == PROXY_ID]
    by_logger = {line["name"]: line for line in lines}
    assert by_logger["commerce.observed"]["message"] == "A line worth reading"
    assert by_logger["commerce.observed"]["level"] == "WARNING"
    assert by_logger["gunicorn.access"]["path"] == "/observed/log"
    # Nothing the shop wrote was plain text.
    plain = [line for line in served["log"].splitlines() if not line.startswith("{")]
    assert plain == []


def test_an_error_logs_its_traceback_in_json_under_the_id_the_response_names(served):
    status, headers, _ = served["failed"]
    assert status == 500
    request_id = headers["X-Request-ID"]
    error = next(
        line
        for line in _json_lines(served["log"])
        if line["request_id"] == request_id and line["name"] == "django.request"
    )
    assert error["level"] == "ERROR"
    assert "RuntimeError: The shop broke here" in error["exc_info"]


def test_an_unhandled_error_is_reported_to_sentry_without_personal_data(served):
    request_id = served["failed"][1]["X-Request-ID"]
    [event] = [e for e in SentryStandIn.events if e.get("tags", {}).get("request_id")]
    [exception] = event["exception"]["values"]
    assert (exception["type"], exception["value"]) == ("RuntimeError", "The shop broke here")
    assert event["environment"] == "staging"
    assert event["release"] == "shop@1.2.3"
    assert event["tags"]["request_id"] == request_id
    assert event["request"]["url"].endswith("/observed/fail")
    sent = b"".join(SentryStandIn.raw)
    assert b"a-secret-session" not in sent
    assert b"203.0.113.9" not in sent
    assert "user" not in event or "ip_address" not in event["user"]
