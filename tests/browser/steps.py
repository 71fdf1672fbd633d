"""The shopper's checkout steps in Chromium, shared by the browser tests."""

import re


def fill_shipping_address(page):
    page.fill("#id_first_name", "Ada")
    page.fill("#id_last_name", "Lovelace")
    page.fill("#id_line1", "12 Analytical Row")
    page.fill("#id_line4", "London")
    page.fill("#id_postcode", "SW1A 1AA")
    page.locator("form#new_shipping_address button[type=submit]").click()


def choose_delivery(page, *, delivery: str):
    assert "/checkout/shipping-method/" in page.url
    page.locator("form", has=page.locator(f"input[name=method_code][value={delivery}]")).locator(
        "button[type=submit]"
    ).click()
    assert "/checkout/payment-details/" in page.url


def choose_payment(page, *, payment: str):
    page.check(f"input[name=payment_method][value={payment}]")
    page.locator("#view_preview").click()
    assert "/checkout/preview/" in page.url


def place_order(page):
    page.locator("#place-order").click()
    page.wait_for_url(re.compile(r"/checkout/thank-you/"))


def choose_delivery_and_payment_then_place_order(page, *, delivery: str, payment: str):
    choose_delivery(page, delivery=delivery)
    choose_payment(page, payment=payment)
    place_order(page)


def order_number_shown(page) -> str:
    text = page.locator("#content_inner").inner_text()
    match = re.search(r"your order number is\s+(\S+)", text)
    assert match, f"no order number on the thank-you page: {text[:300]}"
    return match.group(1).rstrip(".")
