"""The sign-in throttle: failed sign-ins counted per account (rate "sign_in" in
REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"])."""

import hashlib

from rest_framework import throttling

from ..throttling import RateFromSettings
from .selectors import sign_in_account_key


class SignInFailureThrottle(RateFromSettings, throttling.SimpleRateThrottle):
    """Counts FAILED sign-ins per account (the one the submitted email resolves to), from any
    address.

    `allow_request` only checks the count; the sign-in view calls `record_failure` when the
    password is wrong. Keyed by the account, so rotating X-Forwarded-For or addresses changes
    nothing; once the rate is reached even the right password waits for the window to pass.
    """

    scope = "sign_in"

    def get_cache_key(self, request, view):
        email = request.data.get("email") if hasattr(request.data, "get") else None
        if not isinstance(email, str) or not email.strip() or "\x00" in email:
            return None  # not an address: the serializer answers 400
        account = sign_in_account_key(email=email)
        digest = hashlib.sha256(account.encode()).hexdigest()
        return self.cache_format % {"scope": self.scope, "ident": digest}

    def _load_history(self, request, view) -> bool:
        if self.rate is None:
            return False
        self.key = self.get_cache_key(request, view)
        if self.key is None:
            return False
        self.history = self.cache.get(self.key, [])
        self.now = self.timer()
        while self.history and self.history[-1] <= self.now - self.duration:
            self.history.pop()
        return True

    def allow_request(self, request, view):
        if not self._load_history(request, view):
            return True
        if len(self.history) >= self.num_requests:
            return self.throttle_failure()
        return True

    def record_failure(self, request, view) -> None:
        """Count one failed sign-in against the submitted account."""
        if self._load_history(request, view):
            self.history.insert(0, self.now)
            self.cache.set(self.key, self.history, self.duration)
