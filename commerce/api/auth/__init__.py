"""API authentication: sign-in for a JWT pair, refresh, sign-out, and the sign-in throttle."""
