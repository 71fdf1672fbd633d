"""The shop dashboard's menu: Oscar's, without flatpages, with a way back to the CMS."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_oscar_dashboard_links_back_to_the_cms_and_hides_flatpages(admin_client):
    html = admin_client.get("/shop/dashboard/").content.decode()

    assert 'href="/cms/"' in html
    assert reverse("dashboard:page-list") not in html
    assert reverse("dashboard:order-list") in html


def test_shop_staff_without_cms_access_see_no_cms_link(client, django_user_model):
    user = django_user_model.objects.create_user(email="staff@example.com", password="pw")
    user.is_staff = True
    user.save()
    user.groups.add(Group.objects.get(name="Shop staff"))
    client.force_login(user)

    html = client.get("/shop/dashboard/").content.decode()

    assert reverse("dashboard:order-list") in html
    assert 'href="/cms/"' not in html
