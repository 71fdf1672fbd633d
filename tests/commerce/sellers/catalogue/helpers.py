"""Helpers of the seller catalogue tests: `offer(product, partner)` makes a stock record;
`product_page_data` posts Oscar's dashboard product page back the way a browser would (every
form and formset of the page with the values it shows, then the test's changes on top)."""

from decimal import Decimal

from django.db.models import Model

from tests.factories import StockRecordFactory


def _value(value):
    if isinstance(value, Model):
        return value.pk
    if value is None:
        return ""
    return value


def _form_data(form) -> dict:
    data = {}
    for name in form.fields:
        bound = form[name]
        value = bound.value()
        if value is True:
            data[bound.html_name] = "on"
        elif value is False:
            continue
        elif isinstance(value, list | tuple):
            data[bound.html_name] = [_value(item) for item in value]
        else:
            data[bound.html_name] = _value(value)
    return data


FORMSETS = ("category_formset", "image_formset", "recommended_formset", "stockrecord_formset")


def product_page_data(context, **changes) -> dict:
    """POST data for the product page rendered with `context`; `changes` by field name."""
    data = _form_data(context["form"])
    for key in FORMSETS:
        if key not in context:
            continue
        formset = context[key]
        data.update(_form_data(formset.management_form))
        for form in formset.forms:
            data.update(_form_data(form))
    data.update(changes)
    data["action"] = "save"
    return data


def offer(product, partner, price="20.00", sku=None, stock=5):
    return StockRecordFactory(
        product=product,
        partner=partner,
        price=Decimal(price),
        partner_sku=sku or f"{partner.name[:3].upper()}-{product.pk}",
        num_in_stock=stock,
    )
