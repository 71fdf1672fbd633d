"""The sign-in throttle: failed sign-ins counted per client address (rate "sign_in" in
REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"])."""

from rest_framework import throttling

from ..throttling import RateFromSettings


class SignInFailureThrottle(RateFromSettings, throttling.SimpleRateThrottle):
    """Counts FAILED sign-ins per client address, whatever accounts they aim at.

    `allow_request` only checks the count; the sign-in view calls `record_failure` when the
    password is wrong. Keyed by the address (REMOTE_ADDR, or X-Forwarded-For only as far as
    TRUSTED_PROXY_COUNT trusts it), never by the account: counting per account would let anyone,
    anywhere, keep its owner out by failing on purpose. Guessing one account's password from
    one address is stopped sooner by the sign-in lockout (django-axes, AXES_*).
    """

    scope = "sign_in"

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}

    def _load_history(self, request, view) -> bool:
        if self.rate is None:
            return False
        self.key = self.get_cache_key(request, view)
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
        """Count one failed sign-in against the client's address."""
        if self._load_history(request, view):
            self.history.insert(0, self.now)
            self.cache.set(self.key, self.history, self.duration)
