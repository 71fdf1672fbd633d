"""Request throttles. Rates live in REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"] and are read on
every request (not frozen at import time), so tests and deployments can change them."""

from rest_framework import throttling
from rest_framework.settings import api_settings


class RateFromSettings:
    """Reads the rate of `scope` from the settings on every request."""

    def get_rate(self):
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)


class AnonRateThrottle(RateFromSettings, throttling.AnonRateThrottle):
    """Anonymous callers, by client address (REMOTE_ADDR unless NUM_PROXIES says otherwise)."""


class UserRateThrottle(RateFromSettings, throttling.UserRateThrottle):
    """Signed-in callers, by account."""


class RegisterRateThrottle(RateFromSettings, throttling.SimpleRateThrottle):
    """Every registration attempt counts, by client address."""

    scope = "register"

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}
