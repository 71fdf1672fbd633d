"""Request ids and JSON log lines: every log record written while a request is served carries
that request's id, which the response sends back in X-Request-ID (and gunicorn's access line
repeats), so one id finds everything a request logged."""

import logging
import re
import sys
import uuid
from contextvars import ContextVar

from pythonjsonlogger.json import JsonFormatter

REQUEST_ID_HEADER = "X-Request-ID"
# An id from the proxy is kept only when it looks like one: no spaces, quotes or newlines that
# could forge log lines, and not so long that it bloats every line.
_WELL_FORMED = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")

request_id: ContextVar[str] = ContextVar("request_id", default="-")


class RequestIdMiddleware:
    """Takes the proxy's X-Request-ID when well formed (else makes one) for the whole request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        given = request.headers.get(REQUEST_ID_HEADER, "")
        value = given if _WELL_FORMED.fullmatch(given) else uuid.uuid4().hex
        request.request_id = value
        token = request_id.set(value)
        # Error reports name the id too, so a report leads to the request's log lines.
        if (sentry := sys.modules.get("sentry_sdk")) is not None:
            sentry.set_tag("request_id", value)
        try:
            response = self.get_response(request)
        finally:
            request_id.reset(token)
        response[REQUEST_ID_HEADER] = value
        return response


class RequestIdFilter(logging.Filter):
    """Puts the current request's id (or "-" outside a request) on every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            record.request_id = request_id.get()
        return True


# gunicorn's access atoms worth a field of their own (its `record.args`).
_ACCESS_FIELDS = {
    "remote_addr": "h",
    "method": "m",
    "path": "U",
    "query": "q",
    "status": "s",
    "bytes": "B",
    "duration_us": "D",
    "user_agent": "a",
    "request_id": "{x-request-id}o",
}


class JsonLogFormatter(JsonFormatter):
    """One JSON object per line: time, level, logger, message, request_id (+ exception), and
    for gunicorn's access lines the request's method, path, status and duration as fields."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("fmt", "%(asctime)s %(levelname)s %(name)s %(message)s")
        kwargs.setdefault("rename_fields", {"asctime": "time", "levelname": "level"})
        super().__init__(*args, **kwargs)

    def add_fields(self, log_data, record, message_dict) -> None:
        super().add_fields(log_data, record, message_dict)
        if record.name == "gunicorn.access" and record.args:
            atoms = record.args
            for field, atom in _ACCESS_FIELDS.items():
                log_data[field] = atoms[atom]
        log_data.setdefault("request_id", getattr(record, "request_id", "-"))
