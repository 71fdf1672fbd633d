"""Oscar tells of a review's approval only by saving it (the shopper's form when reviews are
not moderated, staff's moderation in the dashboard): one line into the services."""

from .services.bonuses import points_review_bonus_give


def review_saved(sender, instance, **kwargs):
    points_review_bonus_give(review=instance)
