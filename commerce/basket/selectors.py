"""Why a voucher gives a basket nothing, in a sentence the basket page shows the shopper."""

from django.utils.translation import gettext as _


def _other_offers_on(lines, *, offer) -> list:
    """The other offers holding the lines' items (those with no item left for `offer`)."""
    holders: dict[int, object] = {}
    for line in lines:
        for other in line.consumer.consumers:
            if other != offer:
                holders[other.pk] = other
    return list(holders.values())


def voucher_refusal_reason(*, voucher, basket) -> str:
    """Why `voucher` takes nothing off `basket` (its offers applied with the voucher in it):
    a used-up offer, nothing in its range, an offer that will not share the items, or what
    is still missing (Oscar's upsell message)."""
    code = voucher.code
    for offer in voucher.offers.all():
        if not offer.is_available():
            return _("The %(code)s voucher cannot be used any more: its offer has ended.") % {
                "code": code
            }
        condition = offer.condition.proxy()
        lines = [line for line in basket.all_lines() if condition.can_apply_condition(line)]
        if not lines:
            return _(
                "%(code)s only takes money off %(range)s, and nothing in your basket is from it."
            ) % {"code": code, "range": condition.range.name}
        if all(line.consumer.available(offer) == 0 for line in lines):
            names = ", ".join(f"“{other.name}”" for other in _other_offers_on(lines, offer=offer))
            return _(
                "%(code)s cannot be combined with %(offers)s, which already takes money off "
                "the items it would discount."
            ) % {"code": code, "offers": names or _("another offer")}
        upsell = offer.get_upsell_message(basket)
        if upsell:
            return _("%(code)s does not apply yet: %(upsell)s.") % {"code": code, "upsell": upsell}
    return _("%(code)s takes nothing off the items in your basket.") % {"code": code}


def offers_replaced(*, before: dict, after: dict) -> list:
    """The offers that applied to the basket before a change and no longer do."""
    return [offer for pk, offer in before.items() if pk not in after]
