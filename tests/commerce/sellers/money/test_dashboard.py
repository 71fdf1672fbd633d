"""The money screens of the dashboard: staff manage commission rules and decide payouts; a
seller sees their own earnings and requests payouts, and nothing of the staff's screens."""

import csv
import io
from decimal import Decimal as D

import pytest
from django.core import mail
from django.urls import reverse

from commerce.sellers.models import CommissionRule, PayoutStatus
from commerce.sellers.selectors.earnings import seller_balance
from commerce.sellers.services.payouts import payout_request
from tests.factories import SellerFactory, StaffFactory

from .conftest import rule
from .test_payouts import earned

pytestmark = pytest.mark.django_db


def url(name, **kwargs):
    return reverse(f"sellers_dashboard:{name}", kwargs=kwargs)


@pytest.fixture
def staff_client(client):
    client.force_login(StaffFactory())
    return client


@pytest.fixture
def seller_client(client, seller1):
    client.force_login(seller1.user)
    return client


def test_staff_create_edit_and_delete_a_commission_rule(staff_client, seller1):
    response = staff_client.post(
        url("commission-rule-create"), {"seller": seller1.pk, "kind": "percentage", "value": "15"}
    )
    assert response.status_code == 302
    created = CommissionRule.objects.get()
    assert (created.seller, created.value) == (seller1, D("15.00"))
    assert "15.00%" in staff_client.get(url("commission-rule-list")).content.decode()

    staff_client.post(
        url("commission-rule-update", pk=created.pk), {"kind": "fixed", "value": "1.50"}
    )
    created.refresh_from_db()
    assert (created.seller, created.kind, created.value) == (None, "fixed", D("1.50"))

    staff_client.post(url("commission-rule-delete", pk=created.pk))
    assert not CommissionRule.objects.exists()


def test_a_percentage_above_100_is_refused_with_a_sentence(staff_client):
    response = staff_client.post(
        url("commission-rule-create"), {"kind": "percentage", "value": "120"}
    )
    assert response.status_code == 200
    assert "A percentage cannot be more than 100." in response.content.decode()
    assert not CommissionRule.objects.exists()


def test_staff_approve_then_mark_a_payout_paid(
    staff_client, seller1, django_capture_on_commit_callbacks
):
    earned(seller1, "40.00")
    payout = payout_request(seller=seller1)
    assert "Loom and Co" in staff_client.get(url("payout-list")).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(url("payout-approve", pk=payout.pk))
        staff_client.post(url("payout-mark-paid", pk=payout.pk), {"reference": "BANK-7"})

    payout.refresh_from_db()
    assert (payout.status, payout.reference) == (PayoutStatus.PAID, "BANK-7")
    assert len(mail.outbox) == 2


def test_rejecting_needs_a_reason_and_gives_the_money_back(staff_client, seller1):
    earned(seller1, "40.00")
    payout = payout_request(seller=seller1)

    response = staff_client.post(url("payout-reject", pk=payout.pk), {"reason": ""}, follow=True)
    assert "Give the seller a reason" in response.content.decode()
    staff_client.post(url("payout-reject", pk=payout.pk), {"reason": "Wrong account"})

    payout.refresh_from_db()
    assert (payout.status, payout.note) == (PayoutStatus.REJECTED, "Wrong account")
    assert seller_balance(seller=seller1).available == D("40.00")


def test_a_refused_step_is_shown_as_a_message(staff_client, seller1):
    earned(seller1, "40.00")
    payout = payout_request(seller=seller1)
    response = staff_client.post(
        url("payout-mark-paid", pk=payout.pk), {"reference": "BANK-7"}, follow=True
    )
    assert "is requested, so it cannot be marked paid" in response.content.decode()


def test_the_payout_list_offers_each_requests_next_steps(staff_client, seller1):
    earned(seller1, "40.00")
    payout = payout_request(seller=seller1)

    response = staff_client.get(url("payout-list"))

    html = response.content.decode()
    assert "Loom and Co" in html and "£40.00" in html and "Reference / note" in html
    assert url("payout-approve", pk=payout.pk) in html
    assert url("payout-reject", pk=payout.pk) in html
    assert url("payout-mark-paid", pk=payout.pk) not in html  # only once approved
    # The list's layout is the one the affiliates' payouts share.
    assert "dashboard/payout_list.html" in [template.name for template in response.templates]


def test_payouts_filter_by_status_and_export_as_csv(staff_client, seller1):
    tricky = SellerFactory(name='Pots, "Pans" & Co')
    earned(seller1, "40.00")
    earned(tricky, "30.00", key="test:tricky")
    payout_request(seller=seller1)
    paid = payout_request(seller=tricky)
    paid.status = PayoutStatus.PAID
    paid.save()

    listed = staff_client.get(url("payout-list"), {"status": "requested"}).content.decode()
    assert "Loom and Co" in listed and "Pans" not in listed

    response = staff_client.get(url("payout-export"))
    assert response["Content-Type"] == "text/csv"
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["Seller", "Amount", "Status", "Requested", "Decided", "Paid", "Reference"]
    assert sorted((r[0], r[1], r[2]) for r in rows[1:]) == [
        ("Loom and Co", "40.00", "Requested"),
        ('Pots, "Pans" & Co', "30.00", "Paid"),
    ]
    filtered = staff_client.get(url("payout-export"), {"status": "paid"})
    assert len(list(csv.reader(io.StringIO(filtered.content.decode("utf-8-sig"))))) == 2


def test_a_seller_sees_their_balance_history_and_payouts_only(seller_client, seller1, seller2):
    earned(seller1, "40.00")
    earned(seller2, "99.00", key="test:other")
    payout_request(seller=seller2)

    page = seller_client.get(url("seller-earnings")).content.decode()

    assert "£40.00" in page
    assert "99.00" not in page


def test_a_seller_requests_a_payout_and_below_the_minimum_is_told_why(
    seller_client, seller1, settings
):
    settings.SELLER_PAYOUT_MINIMUM = D("20.00")
    earned(seller1, "40.00")

    refused = seller_client.post(url("seller-earnings"), {"amount": "5.00"})
    assert "A payout must be at least £20.00" in refused.content.decode()
    response = seller_client.post(url("seller-earnings"), {"amount": ""}, follow=True)

    assert "Payout of £40.00 requested" in response.content.decode()
    assert seller1.payouts.get().amount == D("40.00")


@pytest.mark.parametrize(
    "name,kwargs",
    [
        ("commission-rule-list", {}),
        ("commission-rule-create", {}),
        ("payout-list", {}),
        ("payout-export", {}),
    ],
)
def test_a_seller_cannot_reach_the_staff_money_screens(seller_client, name, kwargs):
    assert seller_client.get(url(name, **kwargs)).status_code == 403


def test_a_seller_cannot_decide_a_payout_not_even_their_own(seller_client, seller1):
    earned(seller1, "40.00")
    payout = payout_request(seller=seller1)
    for name in ("payout-approve", "payout-mark-paid", "payout-reject"):
        response = seller_client.post(url(name, pk=payout.pk), {"reference": "X", "reason": "X"})
        assert response.status_code == 403
    payout.refresh_from_db()
    assert payout.status == PayoutStatus.REQUESTED


def test_staff_who_sell_nothing_get_no_earnings_page(staff_client):
    assert staff_client.get(url("seller-earnings")).status_code == 403


def test_the_menu_shows_staff_the_money_screens_and_a_seller_their_earnings(client, seller1):
    client.force_login(StaffFactory())
    staff_menu = client.get(reverse("dashboard:index")).content.decode()
    assert url("payout-list") in staff_menu and url("commission-rule-list") in staff_menu
    assert url("seller-earnings") not in staff_menu

    client.force_login(seller1.user)
    seller_menu = client.get(reverse("dashboard:index")).content.decode()
    assert url("seller-earnings") in seller_menu
    assert url("payout-list") not in seller_menu


def test_the_rule_list_reads_each_rules_commission_and_scope(staff_client, seller1):
    rule("10")
    rule("1.50", kind="fixed", seller=seller1)
    page = staff_client.get(url("commission-rule-list")).content.decode()
    assert "10.00%" in page
    assert "£1.50 per item" in page and "Loom and Co" in page


@pytest.mark.parametrize("rows", [5, 50])
def test_the_money_screens_read_in_a_flat_number_of_queries(
    client, seller1, rows, django_assert_max_num_queries
):
    for n in range(rows):
        earned(seller1, "30.00", key=f"test:{n}")
        payout_request(seller=seller1, amount=D("20.00"))
        rule("10", seller=seller1)
    client.force_login(seller1.user)
    with django_assert_max_num_queries(25):
        assert client.get(url("seller-earnings")).status_code == 200
    client.force_login(StaffFactory())
    with django_assert_max_num_queries(25):
        assert client.get(url("payout-list")).status_code == 200
    with django_assert_max_num_queries(25):
        assert client.get(url("commission-rule-list")).status_code == 200
    with django_assert_max_num_queries(15):
        assert client.get(url("payout-export")).status_code == 200
