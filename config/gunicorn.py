"""Gunicorn's settings for the shop (the image starts `gunicorn -c config/gunicorn.py
config.wsgi`); every value can be changed from the environment without rebuilding."""

import os


def _int(name: str, default: int) -> int:
    return int(os.environ.get(name) or default)


# PORT is what most platforms hand a web process; HOST=127.0.0.1 keeps it off other interfaces.
bind = [f"{os.environ.get('HOST') or '0.0.0.0'}:{_int('PORT', 8000)}"]

# Threads serve the many short requests that wait on PostgreSQL; several processes keep one
# slow request (a big image, a report) from stalling the rest.
workers = _int("WEB_CONCURRENCY", 3)
threads = _int("GUNICORN_THREADS", 4)
worker_class = "gthread"

# A request slower than this is killed (and logged); a deploy's SIGTERM lets running requests
# finish for up to graceful_timeout seconds.
timeout = _int("GUNICORN_TIMEOUT", 30)
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 30)
keepalive = _int("GUNICORN_KEEPALIVE", 5)

# Workers are replaced after this many requests (slow memory growth in image code), at
# staggered moments so they never restart all at once.
max_requests = _int("GUNICORN_MAX_REQUESTS", 1000)
max_requests_jitter = _int("GUNICORN_MAX_REQUESTS_JITTER", 100)

# X-Forwarded-Proto (and the like) are believed only from these addresses: the proxy in front.
# "*" would let any client claim HTTPS; set the proxy's address (or the container network's,
# comma-separated) when the proxy is not on the same host.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS") or "127.0.0.1"

# Both logs to the container's output, one line per request with the request id the shop sent
# back (config.request_id), the status and the time taken in microseconds.
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL") or "info"
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(D)sus request_id=%({x-request-id}o)s "%(a)s"'

# LOG_FORMAT=json (the default here, as in the production settings): gunicorn's own lines are
# JSON objects like the shop's (config.observability), the access line's parts as fields.
if (os.environ.get("LOG_FORMAT") or "json") == "json":
    logconfig_dict = {
        "formatters": {"json": {"()": "config.observability.JsonLogFormatter"}},
        "handlers": {
            "stdout": {
                "class": "logging.StreamHandler",
                "formatter": "json",
                "stream": "ext://sys.stdout",
            },
        },
        "root": {"level": "INFO", "handlers": ["stdout"]},
        "loggers": {
            "gunicorn.error": {"level": "INFO", "handlers": ["stdout"], "propagate": False},
            "gunicorn.access": {"level": "INFO", "handlers": ["stdout"], "propagate": False},
        },
    }

# The temporary heartbeat files live in memory, not on the container's (maybe slow) disk.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None
