"""The payment methods offered follow the shop's settings: bank transfer can be switched off."""

from commerce.checkout.forms import PaymentMethodForm


def test_both_methods_are_offered_by_default():
    form = PaymentMethodForm()
    assert [code for code, _label, _text in form.options()] == [
        "cash-on-delivery",
        "bank-transfer",
    ]


def test_with_bank_transfer_off_only_cash_on_delivery_is_offered_or_accepted(settings):
    settings.CHECKOUT_BANK_TRANSFER = False
    assert [code for code, _label, _text in PaymentMethodForm().options()] == ["cash-on-delivery"]

    form = PaymentMethodForm(data={"payment_method": "bank-transfer"})
    assert not form.is_valid()
    assert form.errors["payment_method"] == [
        "“bank-transfer” is not a payment method we offer. Choose cash on delivery."
    ]
