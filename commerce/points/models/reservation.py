from django.db import models
from django.utils import timezone


class PointsReservation(models.Model):
    """The points a shopper chose to spend on a basket (on the site or through the API).

    A reservation takes nothing from the ledger: the Oscar discount (commerce.points.offers)
    shows its value in the basket, and placing the order writes the REDEEMED entry in the
    order's own transaction, where the ledger's lock makes a second spend of the same points
    fail. If placing fails, the transaction rolls back and the points were never taken."""

    basket = models.OneToOneField(
        "basket.Basket", on_delete=models.CASCADE, related_name="points_reservation"
    )
    account = models.ForeignKey(
        "points.PointsAccount", on_delete=models.CASCADE, related_name="reservations"
    )
    points = models.PositiveIntegerField()
    updated_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.points} points on basket {self.basket_id}"
