"""/affiliate/: an approved affiliate's area; everybody else is told where they stand."""

import pytest

from tests.factories import AffiliateFactory, UserFactory

from .conftest import clicks_made, commission_made

pytestmark = pytest.mark.django_db

AREA = "/affiliate/"
LINKS = "/affiliate/links/"


def _area(client, affiliate, page=AREA, params=None):
    client.force_login(affiliate.user)
    response = client.get(page, params or {})
    assert response.status_code == 200
    return response.content.decode()


def test_an_affiliate_sees_their_link_figures_chart_commissions_and_payouts(client, affiliate, mug):
    clicks_made(affiliate, count=20)
    commission_made(affiliate, product=mug, amount="2.00", status="pending")
    paid = commission_made(affiliate, product=mug, amount="3.00", status="paid", days_ago=3)

    html = _area(client, affiliate)

    assert 'id="affiliate-referral-link">http://testserver/?ref=ann-reviews<' in html
    month = html.split('data-period="30"')[1].split("</tr>")[0]
    assert "<td data-clicks>20</td>" in month and "<td data-orders>2</td>" in month
    assert "10.0&nbsp;%" in month and "£2.00" in month and "£3.00" in month
    assert "<svg" in html and 'role="img"' in html and "£5.00 in all." in html
    commissions = html.split('id="affiliate-commissions"')[1].split("</table>")[0]
    assert "<caption>" in commissions and str(paid.referral.order.number) in commissions
    assert "Secret" not in html and paid.referral.order.user.email not in html
    payouts = html.split('id="affiliate-payouts"')[1].split("</table>")[0]
    assert "BANK-1" in payouts and "Paid" in payouts


def test_another_affiliates_data_never_shows(client, affiliate, other_affiliate, mug):
    theirs = commission_made(other_affiliate, product=mug, amount="7.00", status="paid")

    html = _area(client, affiliate)

    assert str(theirs.referral.order.number) not in html and "£7.00" not in html
    assert "bob-blogs" not in html and "No commissions yet" in html and "No payouts yet" in html


def test_a_visitor_is_asked_to_sign_in(client):
    response = client.get(AREA)

    assert response.status_code == 302 and "/accounts/login/" in response.url


def test_a_shopper_who_is_not_an_affiliate_is_invited_to_apply(client):
    client.force_login(UserFactory())

    html = client.get(AREA).content.decode()

    assert 'href="/affiliate/apply/"' in html and 'id="affiliate-referral-link"' not in html


@pytest.mark.parametrize(
    ("status", "message"),
    [("applied", "looking at your application"), ("suspended", "account is suspended")],
)
def test_an_applicant_or_suspended_affiliate_is_told_where_they_stand(client, status, message):
    affiliate = AffiliateFactory(status=status, status_reason="Spam on forums")

    html = _area(client, affiliate)

    assert message in html and 'id="affiliate-commissions"' not in html
    assert affiliate.code not in html


def test_the_link_generator_links_to_a_page_of_the_shop(client, affiliate):
    html = _area(client, affiliate, LINKS, {"url": "/catalogue/?sort=price"})

    assert "http://testserver/catalogue/?sort=price&amp;ref=ann-reviews" in html
    assert '<label for="id_url"' in html


def test_the_link_generator_refuses_other_sites(client, affiliate):
    html = _area(client, affiliate, LINKS, {"url": "https://evil.example.net/"})

    assert "Links can only point to this shop" in html
    assert 'id="affiliate-generated-link"' not in html


def test_the_area_runs_as_many_queries_for_50_commissions_as_for_5(
    client, affiliate, mug, django_assert_max_num_queries
):
    for n in range(5):
        commission_made(affiliate, product=mug, amount="1.00", status=("pending", "paid")[n % 2])
    client.force_login(affiliate.user)
    with django_assert_max_num_queries(40) as few:
        client.get(AREA)
    for n in range(45):
        commission_made(affiliate, product=mug, amount="1.00", status=("pending", "paid")[n % 2])
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(AREA)
