"""How a delivery is signed, and how a receiver checks it.

Every POST carries:

    X-Shop-Event:      the event, e.g. "order.shipped"
    X-Shop-Delivery:   the delivery's id (a UUID, the same on every retry): de-duplicate on it
    X-Shop-Timestamp:  seconds since the epoch when this attempt was sent
    X-Shop-Signature:  "sha256=" + hex(HMAC-SHA256(secret, timestamp + "." + raw body))

A receiver recomputes the HMAC over the timestamp header, a dot and the raw request body (the
bytes, before any JSON parsing) with the endpoint's secret, compares it in constant time, and
refuses timestamps older than a few minutes: a captured request cannot be replayed later,
because changing the timestamp breaks the signature.
"""

import hashlib
import hmac
import time

SIGNATURE_PREFIX = "sha256="
TOLERANCE_SECONDS = 300


def signature_for(*, secret: str, timestamp: int, body: bytes) -> str:
    """The X-Shop-Signature value of `body` sent at `timestamp`."""
    signed = str(timestamp).encode() + b"." + body
    return SIGNATURE_PREFIX + hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()


def signature_is_valid(
    *,
    secret: str,
    timestamp: str,
    body: bytes,
    signature: str,
    tolerance: int = TOLERANCE_SECONDS,
) -> bool:
    """Whether a received delivery is genuine and fresh (for receivers written in Python)."""
    try:
        sent_at = int(timestamp)
    except (TypeError, ValueError):
        return False
    if abs(time.time() - sent_at) > tolerance:
        return False
    expected = signature_for(secret=secret, timestamp=sent_at, body=body)
    return hmac.compare_digest(expected, signature or "")
