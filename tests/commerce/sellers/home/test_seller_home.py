"""The dashboard's front page: an approved seller sees their own home, staff Oscar's index."""

import re

import pytest
from django.urls import reverse

from tests.commerce.sellers.marketplace_orders import order_placed, placed_days_ago
from tests.factories import SellerFactory, UserFactory

pytestmark = pytest.mark.django_db

INDEX = "/shop/dashboard/"


def _home(client, seller):
    client.force_login(seller.user)
    response = client.get(INDEX)
    assert response.status_code == 200
    return response


def test_a_seller_sees_their_own_figures_not_the_shops(client, shared_order, seller1):
    response = _home(client, seller1)

    html = response.content.decode()
    assert [t.name for t in response.templates][0] == "sellers/dashboard/home.html"
    assert re.search(r'data-figure="sales-30">\s*£20\.00', html)
    assert re.search(r'data-figure="orders-30">\s*1<', html)
    assert re.search(r'data-figure="items-to-ship">\s*2<', html)
    figures = html.split('id="seller-figures"')[1].split("</table>")[0]
    assert "£40.00" not in figures and "£15.00" not in figures  # not the total, nor seller2's
    assert "Total Customers" not in html


def test_the_home_draws_an_accessible_sales_chart_with_a_table_of_days(client, seller1, mug):
    placed_days_ago(order_placed(items=[(mug, 1)]), 3)

    html = _home(client, seller1).content.decode()

    assert '<svg xmlns="http://www.w3.org/2000/svg" role="img"' in html
    assert 'aria-labelledby="sales-chart-title sales-chart-desc"' in html
    assert re.search(r"<desc[^>]*>£10\.00 in all\. Best day", html)
    table = html.split('id="seller-sales-per-day"')[1].split("</table>")[0]
    assert table.count("<tr>") == 31  # the heading and one row per day
    assert html.count("<rect ") == 30
    assert "<script" not in html.split("seller-chart")[1].split("</section>")[0]


def test_every_link_of_the_home_opens_for_the_seller(client, seller1):
    html = _home(client, seller1).content.decode()
    home = html.split('class="seller-home"')[1].split("</section>")[0]
    links = set(re.findall(r'href="(/shop/dashboard/[^"]*)"', home))

    assert reverse("dashboard:stock-alert-list") not in links
    assert links
    for link in links:
        assert client.get(link).status_code == 200, link


def test_staff_keep_oscars_index(client):
    client.force_login(UserFactory(is_staff=True))

    response = client.get(INDEX)

    assert response.status_code == 200
    assert "oscar/dashboard/index.html" in [t.name for t in response.templates]


def test_a_seller_who_is_not_approved_does_not_get_a_home(client):
    applicant = SellerFactory(status="applied")
    client.force_login(applicant.user)

    assert client.get(INDEX).status_code in (302, 403)


def test_a_suspended_seller_who_keeps_dashboard_access_sees_their_home_not_oscars(
    client, shared_order, seller2
):
    seller2.status = "suspended"
    seller2.save(update_fields=["status"])

    html = _home(client, seller2).content.decode()

    assert re.search(r'data-figure="sales-30">\s*£15\.00', html)
    assert "Total Customers" not in html


@pytest.mark.parametrize("orders", [5, 30])
def test_the_home_reads_in_a_fixed_number_of_queries(
    client, seller1, mug, teapot, orders, django_assert_max_num_queries
):
    for n in range(orders):
        placed_days_ago(order_placed(items=[(mug, 1), (teapot, 1)]), n % 10)
    client.force_login(seller1.user)

    with django_assert_max_num_queries(20):
        response = client.get(INDEX)

    assert re.search(rf'data-figure="sales-30">\s*£{orders * 10}\.00', response.content.decode())
