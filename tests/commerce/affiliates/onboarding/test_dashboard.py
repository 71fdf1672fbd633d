"""Staff manage affiliates in the dashboard: decisions, personal rate, vouchers tied to them;
nobody else reaches these screens."""

from decimal import Decimal

import pytest
from django.urls import reverse
from oscar.test.factories import VoucherFactory

from commerce.affiliates.models import AffiliateStatus, AffiliateVoucher
from tests.factories import AffiliateFactory, SellerFactory, StaffFactory, UserFactory

pytestmark = pytest.mark.django_db

LIST = reverse("affiliates_dashboard:affiliate-list")


def _url(name: str, affiliate, **kwargs) -> str:
    return reverse(f"affiliates_dashboard:{name}", kwargs={"pk": affiliate.pk, **kwargs})


@pytest.fixture
def staff_client(client):
    client.force_login(StaffFactory())
    return client


def test_the_list_shows_applications_first_and_filters_by_status(staff_client):
    first = AffiliateFactory()
    waiting = AffiliateFactory(status="applied")
    suspended = AffiliateFactory(status="suspended")
    response = staff_client.get(LIST)
    assert response.status_code == 200
    assert list(response.context["affiliates"])[0] == waiting
    assert set(response.context["affiliates"]) == {first, waiting, suspended}
    filtered = staff_client.get(LIST, {"status": "suspended"})
    assert list(filtered.context["affiliates"]) == [suspended]


def test_the_menu_has_an_affiliates_entry_for_staff(staff_client):
    assert f'href="{LIST}"' in staff_client.get(reverse("dashboard:index")).content.decode()


def test_staff_approve_an_application(
    staff_client, applied, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(_url("affiliate-detail", applied), {"action": "approve"})
    assert response.status_code == 302
    applied.refresh_from_db()
    assert applied.status == AffiliateStatus.APPROVED
    assert len(mailoutbox) == 1


def test_suspending_without_a_reason_is_refused_on_the_page(staff_client, approved):
    response = staff_client.post(_url("affiliate-detail", approved), {"action": "suspend"})
    assert response.status_code == 400
    assert "Give a reason" in response.content.decode()
    approved.refresh_from_db()
    assert approved.status == AffiliateStatus.APPROVED


def test_staff_suspend_and_reinstate_with_a_reason(staff_client, approved):
    staff_client.post(_url("affiliate-detail", approved), {"action": "suspend", "reason": "Spam."})
    approved.refresh_from_db()
    assert (approved.status, approved.status_reason) == (AffiliateStatus.SUSPENDED, "Spam.")
    page = staff_client.get(_url("affiliate-detail", approved)).content.decode()
    assert 'value="reinstate"' in page
    staff_client.post(_url("affiliate-detail", approved), {"action": "reinstate"})
    approved.refresh_from_db()
    assert approved.status == AffiliateStatus.APPROVED


def test_staff_refuse_an_application(staff_client, applied):
    staff_client.post(
        _url("affiliate-detail", applied), {"action": "reject", "reason": "Not a fit."}
    )
    applied.refresh_from_db()
    assert applied.status == AffiliateStatus.REJECTED


def test_staff_set_and_clear_a_personal_rate(staff_client, approved):
    staff_client.post(_url("affiliate-rate", approved), {"rate": "12.5"})
    approved.refresh_from_db()
    assert approved.rate == Decimal("12.50")
    staff_client.post(_url("affiliate-rate", approved), {"rate": ""})
    approved.refresh_from_db()
    assert approved.rate is None


def test_a_rate_above_100_is_refused(staff_client, approved):
    response = staff_client.post(_url("affiliate-rate", approved), {"rate": "150"}, follow=True)
    approved.refresh_from_db()
    assert approved.rate is None
    assert "100" in response.content.decode()


def test_staff_tie_a_voucher_by_code_and_untie_it(staff_client, approved):
    voucher = VoucherFactory(code="LARDER10")
    response = staff_client.post(
        _url("affiliate-voucher-tie", approved), {"voucher_code": "larder10"}, follow=True
    )
    assert AffiliateVoucher.objects.get(voucher=voucher).affiliate == approved
    assert "LARDER10" in response.content.decode()
    staff_client.post(_url("affiliate-voucher-untie", approved, voucher_pk=voucher.pk))
    assert not AffiliateVoucher.objects.exists()


def test_a_voucher_tied_to_another_affiliate_or_unknown_is_refused(staff_client, approved):
    other = AffiliateFactory()
    voucher = VoucherFactory(code="THEIRS")
    AffiliateVoucher.objects.create(voucher=voucher, affiliate=other)
    response = staff_client.post(
        _url("affiliate-voucher-tie", approved), {"voucher_code": "THEIRS"}, follow=True
    )
    assert f"tied to {other.user.email}" in response.content.decode()
    assert AffiliateVoucher.objects.get(voucher=voucher).affiliate == other
    response = staff_client.post(
        _url("affiliate-voucher-tie", approved), {"voucher_code": "NOPE"}, follow=True
    )
    assert "No voucher has this code" in response.content.decode()


@pytest.mark.parametrize("make_user", [UserFactory, lambda: SellerFactory().user])
def test_non_staff_are_refused(client, approved, make_user):
    client.force_login(make_user())
    for url in (LIST, _url("affiliate-detail", approved)):
        assert client.get(url).status_code in (302, 403)
    client.post(_url("affiliate-detail", approved), {"action": "suspend", "reason": "x"})
    client.post(_url("affiliate-rate", approved), {"rate": "50"})
    approved.refresh_from_db()
    assert approved.status == AffiliateStatus.APPROVED
    assert approved.rate is None
