"""Who sells a line: `{% line_sold_by line as sold_by %}` on basket and order pages."""

from django import template

from commerce.catalogue.cards import SoldBy, partner_seller

register = template.Library()


@register.simple_tag
def line_sold_by(line) -> SoldBy | None:
    """The marketplace seller of a basket line (its offer) or an order line (its partner);
    None when the shop itself sells it."""
    if hasattr(line, "partner"):  # an order line keeps its partner even if the offer is gone
        return partner_seller(partner=line.partner)
    record = line.stockrecord
    return partner_seller(partner=record.partner) if record is not None else None
