"""The affiliates' money screens of the dashboard (staff only): commissions by status, batching
payouts, marking them paid, the CSV export, category rates; the menu's "Affiliates" section."""

import csv
import io
from decimal import Decimal as D

import pytest
from django.urls import reverse

from commerce.affiliates.models import AffiliatePayout, CategoryRate, Commission
from tests.factories import StaffFactory, UserFactory

from .conftest import balance, order_placed, referred, stocked_product
from .payables import approved_commission

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def rates(settings):
    settings.AFFILIATE_DEFAULT_RATE = D("10.00")
    settings.AFFILIATE_PAYOUT_MINIMUM = D("25.00")


def url(name, **kwargs):
    return reverse(f"affiliates_dashboard:{name}", kwargs=kwargs)


@pytest.fixture
def staff_client(client):
    client.force_login(StaffFactory())
    return client


def test_staff_list_commissions_filtered_by_status(staff_client, affiliate):
    approved = approved_commission(affiliate, price="300.00")
    pending = referred(
        order_placed(items=[(stocked_product(title="Mug", price="12.00"), 1)]), affiliate
    )

    everything = staff_client.get(url("affiliate-commission-list")).content.decode()
    only_pending = staff_client.get(
        url("affiliate-commission-list"), {"status": "pending"}
    ).content.decode()

    assert approved.referral.order.number in everything
    assert pending.referral.order.number in everything
    assert pending.referral.order.number in only_pending
    assert approved.referral.order.number not in only_pending
    assert "£1.20" in only_pending


def test_staff_batch_payouts_then_mark_one_paid(staff_client, affiliate):
    approved_commission(affiliate, price="300.00")

    response = staff_client.post(url("affiliate-payouts-batch"), follow=True)

    payout = AffiliatePayout.objects.get()
    assert "1 payouts batched, £30.00 in all." in response.content.decode()
    assert Commission.objects.get().status == Commission.Status.PAID
    assert balance(affiliate) == (D("0.00"), D("0.00"))

    staff_client.post(url("affiliate-payout-mark-paid", pk=payout.pk), {"reference": "BACS-9"})
    payout.refresh_from_db()
    assert (payout.status, payout.reference) == ("paid", "BACS-9")


def test_the_payout_list_offers_to_mark_a_batch_paid(staff_client, affiliate):
    approved_commission(affiliate, price="300.00")
    staff_client.post(url("affiliate-payouts-batch"))
    payout = AffiliatePayout.objects.get()

    response = staff_client.get(url("affiliate-payout-list"))

    html = response.content.decode()
    assert "Affiliate payouts" in html and "£30.00" in html and "Batched" in html
    assert url("affiliate-payout-mark-paid", pk=payout.pk) in html
    # The list's layout is the one the sellers' payouts share.
    assert "dashboard/payout_list.html" in [template.name for template in response.templates]


def test_batching_with_nothing_to_pay_says_so(staff_client, affiliate):
    approved_commission(affiliate, price="100.00")

    response = staff_client.post(url("affiliate-payouts-batch"), follow=True)

    assert "No affiliate has £25.00 of approved commissions to pay." in response.content.decode()
    assert not AffiliatePayout.objects.exists()


def test_marking_paid_without_a_reference_is_refused_with_a_sentence(staff_client, affiliate):
    approved_commission(affiliate, price="300.00")
    staff_client.post(url("affiliate-payouts-batch"))
    payout = AffiliatePayout.objects.get()

    response = staff_client.post(
        url("affiliate-payout-mark-paid", pk=payout.pk), {"reference": ""}, follow=True
    )

    assert "Enter the transfer" in response.content.decode()
    payout.refresh_from_db()
    assert payout.status == "batched"


def test_payouts_download_as_csv(staff_client, affiliate):
    approved_commission(affiliate, price="300.00")
    staff_client.post(url("affiliate-payouts-batch"))
    payout = AffiliatePayout.objects.get()

    response = staff_client.get(url("affiliate-payout-export"))

    assert response["Content-Type"] == "text/csv"
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:5] == ["Payout", "Affiliate", "Email", "Amount", "Status"]
    assert rows[1][:5] == [
        str(payout.pk),
        affiliate.code,
        affiliate.user.email,
        "30.00",
        "Batched, to pay",
    ]


def test_staff_create_edit_and_delete_a_category_rate(staff_client, crafts):
    response = staff_client.post(
        url("affiliate-category-rate-create"), {"category": crafts.pk, "rate": "12"}
    )
    assert response.status_code == 302
    rate = CategoryRate.objects.get()
    assert (rate.category, rate.rate) == (crafts, D("12.00"))
    assert "12.00%" in staff_client.get(url("affiliate-category-rate-list")).content.decode()

    staff_client.post(
        url("affiliate-category-rate-update", pk=rate.pk), {"category": crafts.pk, "rate": "8.5"}
    )
    rate.refresh_from_db()
    assert rate.rate == D("8.50")

    staff_client.post(url("affiliate-category-rate-delete", pk=rate.pk))
    assert not CategoryRate.objects.exists()


def test_a_rate_above_100_is_refused_with_a_sentence(staff_client, crafts):
    response = staff_client.post(
        url("affiliate-category-rate-create"), {"category": crafts.pk, "rate": "120"}
    )

    assert "Enter a percentage from 0 to 100." in response.content.decode()
    assert not CategoryRate.objects.exists()


@pytest.mark.parametrize(
    "name",
    [
        "affiliate-commission-list",
        "affiliate-payout-list",
        "affiliate-payout-export",
        "affiliate-category-rate-list",
    ],
)
def test_the_money_screens_are_staffs_only(client, name):
    client.force_login(UserFactory())

    response = client.get(url(name))

    assert response.status_code in (302, 403)
    assert not response.get("Content-Disposition")


def test_a_shopper_cannot_batch_payouts(client, affiliate):
    approved_commission(affiliate, price="300.00")
    client.force_login(affiliate.user)

    client.post(url("affiliate-payouts-batch"))

    assert not AffiliatePayout.objects.exists()


def test_the_dashboard_menu_has_an_affiliates_section_with_the_money_screens(staff_client):
    page = staff_client.get(reverse("dashboard:index")).content.decode()

    for name in (
        "affiliate-commission-list",
        "affiliate-payout-list",
        "affiliate-category-rate-list",
    ):
        assert url(name) in page
