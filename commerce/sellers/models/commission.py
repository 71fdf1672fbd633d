from decimal import Decimal

from django.db import models
from django.db.models import Q
from django.utils import timezone


class CommissionKind(models.TextChoices):
    PERCENTAGE = "percentage", "Percentage of the line"
    FIXED = "fixed", "Fixed amount per item"


class CommissionRule(models.Model):
    """What the shop keeps of a sale. A rule with no dimension is the shop default; each
    dimension set makes it more specific. The most specific matching rule wins (more
    dimensions first; then product > seller > category > product class); ties go to the
    oldest rule (commerce.sellers.selectors.commission_rule_for)."""

    seller = models.ForeignKey(
        "sellers.Seller", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    product_class = models.ForeignKey(
        "catalogue.ProductClass", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    category = models.ForeignKey(
        "catalogue.Category", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    product = models.ForeignKey(
        "catalogue.Product", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(
        max_length=16, choices=CommissionKind.choices, default=CommissionKind.PERCENTAGE
    )
    value = models.DecimalField(
        max_digits=10, decimal_places=2, help_text="A percentage (10.00 = 10%) or an amount."
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("created_at", "pk")
        constraints = [
            models.CheckConstraint(
                condition=Q(value__gte=0), name="sellers_commissionrule_value_not_negative"
            ),
            models.CheckConstraint(
                condition=~Q(kind="percentage") | Q(value__lte=100),
                name="sellers_commissionrule_percentage_at_most_100",
            ),
        ]

    def __str__(self) -> str:
        amount = f"{self.value}%" if self.kind == CommissionKind.PERCENTAGE else f"£{self.value}"
        scope = [
            str(x) for x in (self.product, self.seller, self.category, self.product_class) if x
        ]
        return f"{amount} on {' / '.join(scope) or 'everything (shop default)'}"


class CommissionLine(models.Model):
    """The commission of one order line, fixed when the order is placed: the base the
    shopper paid for the line (after the shop's offers and vouchers), what the shop keeps,
    and what the seller earns."""

    line = models.OneToOneField("order.Line", on_delete=models.PROTECT, related_name="commission")
    seller = models.ForeignKey(
        "sellers.Seller", on_delete=models.PROTECT, related_name="commission_lines"
    )
    rule = models.ForeignKey(
        CommissionRule, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    rule_description = models.CharField(max_length=255, blank=True)
    base = models.DecimalField(max_digits=12, decimal_places=2)
    commission = models.DecimalField(max_digits=12, decimal_places=2)
    earning = models.DecimalField(max_digits=12, decimal_places=2)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("pk",)

    def __str__(self) -> str:
        return f"Line {self.line_id}: {self.seller} earns {self.earning} of {self.base}"

    @property
    def earning_per_item(self) -> Decimal:
        return self.earning / self.line.quantity
