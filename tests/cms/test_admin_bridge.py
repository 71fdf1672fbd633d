"""Editors and shop staff meet: links both ways, shop figures in Wagtail, separate permissions."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from oscar.test.factories import create_order

from cms.pages.models import ContentPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user(email="editor@example.com", password="pw")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def shop_staff(django_user_model):
    # Oscar shows a non-staff user only the orders of their own partners, so shop staff are staff.
    user = django_user_model.objects.create_user(email="staff@example.com", password="pw")
    user.is_staff = True
    user.save()
    user.groups.add(Group.objects.get(name="Shop staff"))
    return user


def test_wagtail_admin_links_to_the_shop_dashboard(admin_client):
    html = admin_client.get("/cms/").content.decode()

    assert "Shop dashboard" in html and reverse("dashboard:index") in html


def test_wagtail_dashboard_panel_shows_orders_today_and_low_stock(admin_client, product_factory):
    create_order()
    create_order()
    low = product_factory("Nearly gone", "2.00", stock=2)
    low.stockrecords.update(low_stock_threshold=5)
    product_factory("Plenty", "2.00", stock=50).stockrecords.update(low_stock_threshold=5)

    html = admin_client.get("/cms/").content.decode()
    html = html[html.index("data-shop-figures") :][:600]

    assert "<span data-orders-today>2</span> orders today" in html
    assert "<span data-low-stock>1</span> products low on stock" in html


def test_editor_can_edit_pages_but_not_orders(client, editor, home_page):
    page = home_page.add_child(instance=ContentPage(title="About", slug="about"))
    order = create_order()
    client.force_login(editor)

    assert client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).status_code == 200
    order_list = client.get(reverse("dashboard:order-list"))
    order_detail = client.get(reverse("dashboard:order-detail", args=(order.number,)))
    assert order_list.status_code in (302, 403)
    assert order_detail.status_code in (302, 403)
    assert "/login" in order_list.get("Location", "/login")


def test_shop_staff_can_handle_orders_but_not_pages(client, shop_staff, home_page):
    page = home_page.add_child(instance=ContentPage(title="About", slug="about"))
    order = create_order()
    client.force_login(shop_staff)

    assert client.get(reverse("dashboard:order-list")).status_code == 200
    detail = client.get(reverse("dashboard:order-detail", args=(order.number,)))
    assert detail.status_code == 200 and str(order.number) in detail.content.decode()
    cms_edit = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    assert cms_edit.status_code in (302, 403)
    assert cms_edit.status_code == 403 or "/cms/login/" in cms_edit["Location"]
    assert not shop_staff.has_perm("wagtailcore.change_page")


def test_editor_can_choose_products_and_run_menus_announcements_and_settings(
    client, editor, home_page, product_factory
):
    from wagtail.models import Site

    product_factory("Chooser Tea", "3.00")
    site = Site.objects.get(is_default_site=True)
    client.force_login(editor)

    chooser = client.get(reverse("product_chooser:choose_results"), {"q": "chooser"})
    assert chooser.status_code == 200 and "Chooser Tea" in chooser.content.decode()
    assert client.get(reverse("category_chooser:choose")).status_code == 200
    assert client.get(reverse("offer_chooser:choose")).status_code == 200
    assert client.get(reverse("wagtailsnippets_cms_core_menu:add")).status_code == 200
    assert client.get(reverse("wagtailsnippets_cms_core_announcement:add")).status_code == 200
    settings_url = reverse("wagtailsettings:edit", args=("cms_core", "sitesettings", site.pk))
    assert client.get(settings_url).status_code == 200
    assert "Shop dashboard" not in client.get("/cms/").content.decode()
