"""Calls every API test makes: signing in through POST /api/v1/auth/token/."""

PASSWORD = "correct horse battery staple"


def sign_in(client, email="shopper@example.com", password=PASSWORD, **extra):
    return client.post("/api/v1/auth/token/", {"email": email, "password": password}, **extra)


def api_client_of(user, password=PASSWORD):
    """An API client signed in (JWT) as `user`, whose password is `password`."""
    from rest_framework.test import APIClient

    client = APIClient()
    tokens = sign_in(client, email=user.email, password=password).json()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {tokens['access']}")
    client.tokens = tokens
    return client
