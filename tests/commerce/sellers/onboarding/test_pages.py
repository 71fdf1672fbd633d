"""The storefront's seller pages: applying, the application's standing, a seller's public page."""

import pytest
from django.urls import reverse

from commerce.sellers.models import Seller, SellerStatus
from tests.factories import ProductFactory, SellerFactory, UserFactory

from .conftest import application

pytestmark = pytest.mark.django_db

APPLY = reverse("sellers:apply")
STATUS = reverse("sellers:apply-status")


def _form(**extra) -> dict:
    return {
        "name": "Hedge & Loom",
        "description": "<p>Blankets</p>",
        "contact_email": "hello@hedge.example",
        "contact_phone": "",
        **extra,
    }


def test_applying_needs_a_signed_in_user(client):
    response = client.get(APPLY)
    assert response.status_code == 302
    assert reverse("customer:login") in response["Location"]


def test_a_shopper_applies_and_is_told_where_they_stand(client):
    user = UserFactory()
    client.force_login(user)
    form = client.get(APPLY)
    assert form.status_code == 200
    assert 'name="contact_email"' in form.content.decode()
    response = client.post(APPLY, _form())
    assert response.status_code == 302
    assert response["Location"] == STATUS
    assert Seller.objects.get(user=user).status == SellerStatus.APPLIED
    page = client.get(STATUS).content.decode()
    assert "Hedge &amp; Loom" in page
    assert "will email you" in page


def test_a_taken_name_shows_next_to_the_field(client):
    SellerFactory(name="Hedge & Loom")
    client.force_login(UserFactory())
    response = client.post(APPLY, _form())
    assert response.status_code == 200
    assert "Another seller already uses this name" in response.content.decode()


def test_someone_who_already_applied_is_sent_to_their_standing(client):
    seller = SellerFactory(status="applied")
    client.force_login(seller.user)
    assert client.get(APPLY)["Location"] == STATUS
    assert client.post(APPLY, _form(name="Other"))["Location"] == STATUS


def test_a_refused_applicant_sees_the_reason_and_applies_again(client):
    seller = SellerFactory(name="First Try", status="rejected", status_reason="No photos.")
    client.force_login(seller.user)
    status = client.get(STATUS).content.decode()
    assert "No photos." in status
    assert APPLY in status
    form = client.get(APPLY).content.decode()
    assert 'value="First Try"' in form
    response = client.post(APPLY, _form(name="Second Try"))
    assert response["Location"] == STATUS
    seller.refresh_from_db()
    assert (seller.name, seller.status) == ("Second Try", SellerStatus.APPLIED)


def test_the_status_page_without_an_application_leads_to_the_form(client):
    client.force_login(UserFactory())
    assert client.get(STATUS)["Location"] == APPLY


def test_an_approved_seller_page_lists_their_offers_with_the_catalogue_facets(client):
    seller = SellerFactory(name="Hedge & Loom", description="<p>We <b>weave</b>.</p>")
    ProductFactory(title="Wool Blanket", seller=seller.name, price="40.00")
    ProductFactory(title="Linen Throw", seller=seller.name, price="20.00")
    ProductFactory(title="Someone Else's Lamp", seller="Acme Mills")
    response = client.get(seller.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert "<p>We <b>weave</b>.</p>" in html
    assert "Wool Blanket" in html and "Linen Throw" in html
    assert "Someone Else" not in html
    assert [p.title for p in response.context["products"]] == ["Linen Throw", "Wool Blanket"]
    facet_names = [facet["name"] for facet in response.context["facets"]]
    assert "Price" in facet_names and "Seller" not in facet_names
    assert not response.context["has_filters"]


def test_the_seller_page_filters_and_sorts_within_the_sellers_offers(client):
    seller = SellerFactory(name="Hedge & Loom")
    ProductFactory(title="Wool Blanket", seller=seller.name, price="40.00")
    ProductFactory(title="Linen Throw", seller=seller.name, price="20.00")
    ProductFactory(title="Cheap Lamp", seller="Acme Mills", price="5.00")
    url = seller.get_absolute_url()
    under_25 = client.get(url, {"price": "0-25"})
    assert [p.title for p in under_25.context["products"]] == ["Linen Throw"]
    dearest = client.get(url, {"sort": "price-desc", "seller": "acme-mills"})
    assert [p.title for p in dearest.context["products"]] == ["Wool Blanket", "Linen Throw"]


@pytest.mark.parametrize("status", ["applied", "suspended", "rejected"])
def test_only_approved_sellers_have_a_public_page(client, status):
    seller = SellerFactory(status=status)
    assert client.get(seller.get_absolute_url()).status_code == 404


def test_a_seller_called_apply_does_not_hide_the_application_form(client):
    seller = application(name="Apply")
    assert seller.slug == "apply-2"


def test_the_footer_invites_shoppers_to_sell(client):
    seller = SellerFactory()
    assert f'href="{APPLY}"' in client.get(seller.get_absolute_url()).content.decode()


def test_the_sellers_page_lists_approved_sellers_only(client):
    SellerFactory(name="Hedge & Loom", description="<p>Blankets <script>alert(1)</script></p>")
    SellerFactory(name="Still Waiting", status=SellerStatus.APPLIED)
    SellerFactory(name="Gone Quiet", status=SellerStatus.SUSPENDED)

    page = client.get(reverse("sellers:seller-list")).content.decode()

    assert 'href="/sellers/hedge-loom/"' in page and "Blankets" in page
    assert "Still Waiting" not in page and "Gone Quiet" not in page
    assert "<script>" not in page.split("<main", 1)[-1].split("</main>", 1)[0]
