"""What an editor types cannot run script on public pages."""

import json

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, streamfield

from cms.pages.models import LandingPage

pytestmark = pytest.mark.django_db


def _contentstate(text: str, url: str) -> str:
    return json.dumps(
        {
            "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": url}}},
            "blocks": [
                {
                    "key": "a1",
                    "type": "unstyled",
                    "depth": 0,
                    "text": text,
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 0, "length": 5, "key": 0}],
                }
            ],
        }
    )


def test_script_typed_into_admin_fields_comes_out_inert(admin_client, client, home_page):
    attack = "<img src=x onerror=alert(1)><script>alert(2)</script>"
    data = nested_form_data(
        {
            "title": f"Sale {attack}",
            "slug": "sale",
            "body": streamfield(
                [
                    ("heading", attack),
                    ("paragraph", _contentstate(f"Click {attack}", "javascript:alert(3)")),
                    (
                        "cta_banner",
                        {
                            "heading": attack,
                            "text": attack,
                            "button_label": "Go",
                            "button_page": "",
                            "button_url": "",
                        },
                    ),
                ]
            ),
            "action-publish": "action-publish",
        }
    )

    response = admin_client.post(
        reverse("wagtailadmin_pages:add", args=("cms_pages", "landingpage", home_page.pk)), data
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert LandingPage.objects.get(slug="sale").live

    html = client.get("/sale/").content.decode()

    assert "<img src=x onerror" not in html
    assert "<script>alert(2)</script>" not in html
    assert "javascript:alert(3)" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html  # shown as text, not markup


def test_javascript_address_is_refused_in_a_call_to_action(admin_client, home_page):
    data = nested_form_data(
        {
            "title": "Sale",
            "slug": "sale",
            "body": streamfield(
                [
                    (
                        "cta_banner",
                        {
                            "heading": "Go",
                            "text": "",
                            "button_label": "Go",
                            "button_page": "",
                            "button_url": "javascript:alert(1)",
                        },
                    )
                ]
            ),
            "action-publish": "action-publish",
        }
    )

    response = admin_client.post(
        reverse("wagtailadmin_pages:add", args=("cms_pages", "landingpage", home_page.pk)), data
    )

    assert response.status_code == 200  # the form comes back with an error, nothing saved
    assert "Enter a path such as /shop/catalogue/ or an https:// address." in (
        response.content.decode()
    )
    assert not LandingPage.objects.filter(slug="sale").exists()
