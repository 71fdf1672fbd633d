"""Staff decide on sellers in the dashboard; nobody else reaches these screens."""

import pytest
from django.urls import reverse

from commerce.sellers.models import SellerStatus
from tests.factories import SellerFactory, StaffFactory, UserFactory

pytestmark = pytest.mark.django_db

LIST = reverse("sellers_dashboard:seller-list")


def _detail(seller) -> str:
    return reverse("sellers_dashboard:seller-detail", kwargs={"pk": seller.pk})


@pytest.fixture
def staff_client(client):
    client.force_login(StaffFactory())
    return client


def test_the_list_shows_applications_first_and_filters_by_status(staff_client):
    SellerFactory(name="Aardvark Approved")
    SellerFactory(name="Zebra Applied", status="applied")
    SellerFactory(name="Suspended Co", status="suspended")
    response = staff_client.get(LIST)
    assert response.status_code == 200
    names = [s.name for s in response.context["sellers"]]
    assert names == ["Zebra Applied", "Aardvark Approved", "Suspended Co"]
    suspended = staff_client.get(LIST, {"status": "suspended"})
    assert [s.name for s in suspended.context["sellers"]] == ["Suspended Co"]
    assert staff_client.get(LIST, {"status": "bogus"}).context["sellers"].count() == 3


def test_the_menu_has_a_sellers_entry_for_staff(staff_client):
    assert f'href="{LIST}"' in staff_client.get(reverse("dashboard:index")).content.decode()


def test_staff_approve_an_application_and_see_a_message(
    staff_client, mailoutbox, django_capture_on_commit_callbacks
):
    seller = SellerFactory(status="applied")
    page = staff_client.get(_detail(seller)).content.decode()
    assert 'value="approve"' in page and 'value="reject"' in page
    assert 'value="suspend"' not in page
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(_detail(seller), {"action": "approve"}, follow=True)
    seller.refresh_from_db()
    assert seller.status == SellerStatus.APPROVED
    assert "is approved" in response.content.decode()
    assert len(mailoutbox) == 1


def test_staff_refuse_suspend_and_reinstate_with_a_reason(staff_client):
    applicant = SellerFactory(status="applied")
    staff_client.post(_detail(applicant), {"action": "reject", "reason": "No photos."})
    applicant.refresh_from_db()
    assert (applicant.status, applicant.status_reason) == (SellerStatus.REJECTED, "No photos.")

    seller = SellerFactory()
    staff_client.post(_detail(seller), {"action": "suspend", "reason": "Late parcels."})
    seller.refresh_from_db()
    assert seller.status == SellerStatus.SUSPENDED
    staff_client.post(_detail(seller), {"action": "reinstate"})
    seller.refresh_from_db()
    assert seller.status == SellerStatus.APPROVED


def test_a_refused_transition_shows_the_services_sentence(staff_client):
    seller = SellerFactory(status="suspended")
    response = staff_client.post(_detail(seller), {"action": "approve"})
    assert response.status_code == 400
    assert "reinstate them instead" in response.content.decode()
    response = staff_client.post(_detail(SellerFactory()), {"action": "suspend", "reason": ""})
    assert "Give a reason" in response.content.decode()


@pytest.mark.parametrize("who", ["shopper", "seller"])
def test_non_staff_cannot_open_or_use_the_screens(client, who):
    seller = SellerFactory(status="applied")
    user = UserFactory() if who == "shopper" else SellerFactory().user
    client.force_login(user)
    assert client.get(LIST).status_code in (302, 403)
    assert client.get(_detail(seller)).status_code in (302, 403)
    assert client.post(_detail(seller), {"action": "approve"}).status_code in (302, 403)
    seller.refresh_from_db()
    assert seller.status == SellerStatus.APPLIED


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get(LIST)
    assert response.status_code == 302
    assert "login" in response["Location"]
