"""Whole-shop figures (Oscar's reports and order statistics) are staff's: a seller's own figures
are on the seller home, so the seller is refused these screens and not offered them."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_seller_is_refused_reports_and_order_statistics(seller1_client):
    assert seller1_client.get(reverse("dashboard:reports-index")).status_code == 403
    report = {
        "report_type": "order_report",
        "date_from": "2020-01-01",
        "date_to": "2099-01-01",
        "download": "1",
    }
    assert seller1_client.get(reverse("dashboard:reports-index"), report).status_code == 403
    assert seller1_client.get(reverse("dashboard:order-stats")).status_code == 403


def test_the_sellers_menu_offers_neither(seller1_client):
    page = seller1_client.get(reverse("dashboard:order-list")).content.decode()
    assert reverse("dashboard:order-list") in page
    assert reverse("dashboard:reports-index") not in page
    assert reverse("dashboard:order-stats") not in page


def test_staff_keep_reports_and_statistics(staff_client, shared):
    assert staff_client.get(reverse("dashboard:reports-index")).status_code == 200
    page = staff_client.get(reverse("dashboard:order-stats")).content.decode()
    assert "116.65" in page
