"""The seven demo accounts sign in with DEMO_PASSWORD and each can do what its role promises."""

from django.conf import settings
from django.urls import reverse
from django.utils.html import escape

from demo.accounts import DEMO_ACCOUNTS, WAGTAIL_EDITORS_GROUP
from demo.data import PARTNERS, PRODUCTS
from tests.demo.conftest import load_demo


def _account(**role) -> str:
    """The email of the one demo account with these role flags."""
    (email,) = [
        account.email
        for account in DEMO_ACCOUNTS
        if all(getattr(account, flag) == value for flag, value in role.items())
    ]
    return email


def _sign_in(client, email: str, password: str):
    return client.post(
        reverse("customer:login"),
        {"login-username": email, "login-password": password, "login_submit": "Log In"},
    )


def test_every_demo_account_signs_in_on_the_shop_login_form_with_the_demo_password(client):
    assert len(DEMO_ACCOUNTS) == 7
    for account in DEMO_ACCOUNTS:
        response = _sign_in(client, account.email, settings.DEMO_PASSWORD)
        assert response.status_code == 302, account.email
        assert response.wsgi_request.user.email == account.email
        client.logout()


def test_a_wrong_password_does_not_sign_in(client):
    response = _sign_in(client, DEMO_ACCOUNTS[0].email, "not-the-demo-password")
    assert response.status_code == 200
    assert not response.wsgi_request.user.is_authenticated


def test_running_again_with_a_new_demo_password_makes_it_the_one_that_works(client, settings):
    old_password = settings.DEMO_PASSWORD
    settings.DEMO_PASSWORD = "a-brand-new-demo-password"
    load_demo("--verbosity", "0")
    email = DEMO_ACCOUNTS[-1].email
    assert client.login(username=email, password="a-brand-new-demo-password")
    assert not client.login(username=email, password=old_password)


def test_admin_opens_the_shop_dashboard_django_admin_and_wagtail(client):
    admin = _account(is_superuser=True)
    assert client.login(username=admin, password=settings.DEMO_PASSWORD)
    assert client.get(reverse("dashboard:index")).status_code == 200
    assert client.get("/django-admin/").status_code == 200
    assert client.get("/cms/").status_code == 200


def test_editor_edits_pages_in_wagtail_but_has_no_shop_dashboard(client):
    editor = _account(groups=(WAGTAIL_EDITORS_GROUP,))
    assert client.login(username=editor, password=settings.DEMO_PASSWORD)
    assert client.get("/cms/pages/").status_code == 200
    assert client.get(reverse("dashboard:index")).status_code in (302, 403)


def test_each_seller_sees_only_their_own_products_in_the_dashboard(client):
    sellers = [(code, email) for code, _name, email in PARTNERS if email]
    assert len(sellers) == 2
    for code, email in sellers:
        assert client.login(username=email, password=settings.DEMO_PASSWORD)
        response = client.get(reverse("dashboard:catalogue-product-list"))
        assert response.status_code == 200, email
        html = response.content.decode()
        for spec in PRODUCTS:
            if code in spec.sellers:
                assert escape(spec.title) in html, (email, spec.title)
            else:
                assert escape(spec.title) not in html, (email, spec.title)
        client.logout()


def test_shopper_affiliate_and_applicant_see_their_orders_but_no_dashboard(client):
    customers = [
        account.email
        for account in DEMO_ACCOUNTS
        if not (account.is_staff or account.groups or account.dashboard_access)
    ]
    assert len(customers) == 3
    for email in customers:
        assert client.login(username=email, password=settings.DEMO_PASSWORD)
        assert client.get(reverse("customer:order-list")).status_code == 200, email
        assert client.get(reverse("dashboard:index")).status_code in (302, 403), email
        client.logout()
