"""Calls every API test makes: signing in through POST /api/v1/auth/token/."""

PASSWORD = "correct horse battery staple"


def sign_in(client, email="shopper@example.com", password=PASSWORD, **extra):
    return client.post("/api/v1/auth/token/", {"email": email, "password": password}, **extra)
