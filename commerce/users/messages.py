"""The sentences the site and the API both answer with, so they cannot drift apart."""


def registration_answer(*, email: str, then: str = "Sign in to go on shopping.") -> str:
    """What a sign-up is told, whether or not the address already had an account."""
    return f"Check your inbox: we sent a link to {email} to confirm the address. {then}"


def email_change_requested_message(email: str) -> str:
    """What asking for a new address is told (the same whether or not the address is free)."""
    return (
        f"Check your inbox at {email}: unless another account uses that address, we sent it "
        "a link. Your email address changes when you follow it."
    )
