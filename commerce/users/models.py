from oscar.apps.customer.abstract_models import AbstractUser


class User(AbstractUser):
    """The one account for shoppers, sellers, editors and staff: Oscar, Wagtail and the API
    all sign in with it, by email address."""

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
        db_table = "users_user"
