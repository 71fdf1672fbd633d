from django.db import models
from django.db.models.functions import Lower
from oscar.apps.customer.abstract_models import AbstractUser


class User(AbstractUser):
    """The one account for shoppers, sellers, editors and staff: Oscar, Wagtail and the API
    all sign in with it, by email address."""

    # When the owner proved they read mail at `email` (the link of commerce.users.tokens);
    # empty until then. An address changes only through such a link, so it stays verified.
    email_verified_at = models.DateTimeField("email verified at", null=True, blank=True)

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
        db_table = "users_user"
        constraints = [
            # One account per address however it is capitalised: two sign-ups racing with
            # "Ann@x.com" and "ann@x.com" cannot both succeed.
            models.UniqueConstraint(Lower("email"), name="users_user_email_ci_unique"),
        ]

    @property
    def email_verified(self) -> bool:
        return self.email_verified_at is not None
