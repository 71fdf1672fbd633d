"""The per-visitor parts of a cached page: the CSP nonce and the CSRF tokens of its forms.

A stored body never holds the nonce or a token of the visitor it was rendered for: they are
replaced by placeholders, and every hit fills in the hit's own nonce (the one the CSP header
then carries) and a token valid for the hit's own CSRF cookie (a new one is set if it has none).
"""

import re

from django.middleware.csrf import CsrfViewMiddleware, get_token

# Django offers no public "does this token belong to that secret" check. The unmasking has been
# the same since Django 1.10, and the page cache tests post with the tokens it fills in.
from django.middleware.csrf import _unmask_cipher_token as csrf_token_secret

NONCE_PLACEHOLDER = b"\x00page-cache:nonce\x00"
CSRF_PLACEHOLDER = b"\x00page-cache:csrf\x00"
# Masked CSRF tokens: 64 letters and digits (django.middleware.csrf.CSRF_TOKEN_LENGTH).
_TOKEN = re.compile(rb"(?<![A-Za-z0-9])[A-Za-z0-9]{64}(?![A-Za-z0-9])")

_csrf = CsrfViewMiddleware(lambda request: None)


def body_with_placeholders(*, body: bytes, nonce: str | None, csrf_secret: str | None) -> bytes:
    """`body` with the request's nonce and every CSRF token of its secret replaced by
    placeholders."""
    if nonce:
        body = body.replace(nonce.encode(), NONCE_PLACEHOLDER)
    if csrf_secret:

        def placeholder(match: re.Match) -> bytes:
            token = match.group().decode()
            return CSRF_PLACEHOLDER if csrf_token_secret(token) == csrf_secret else match.group()

        body = _TOKEN.sub(placeholder, body)
    return body


def has_placeholders(body: bytes) -> bool:
    """Whether `body` holds a placeholder (a page showing one as content is never stored)."""
    return NONCE_PLACEHOLDER in body or CSRF_PLACEHOLDER in body


def body_for_visitor(*, body: bytes, request) -> bytes:
    """A stored body with the request's own nonce and CSRF token in place of the placeholders
    (Django's CSRF middleware then sets the cookie in `csrf_cookie_send`)."""
    if NONCE_PLACEHOLDER in body:
        body = body.replace(NONCE_PLACEHOLDER, str(request.csp_nonce).encode())
    if CSRF_PLACEHOLDER in body:
        _csrf.process_request(request)
        body = body.replace(CSRF_PLACEHOLDER, get_token(request).encode())
    return body


def csrf_cookie_send(*, request, response) -> None:
    """Set (or renew) the CSRF cookie the filled-in token belongs to, as Django's middleware
    does after a view that used a token."""
    _csrf.process_response(request, response)
