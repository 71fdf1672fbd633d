"""Referral links: any page of the shop with ?ref=CODE, never another site."""

import pytest

from commerce.affiliates.selectors.links import LinkRefused, referral_link

ROOT = "https://shop.example.com/"


@pytest.fixture
def affiliate(db):
    from tests.factories import AffiliateFactory

    return AffiliateFactory(code="ann-reviews")


@pytest.mark.parametrize(
    ("url", "link"),
    [
        ("", "https://shop.example.com/?ref=ann-reviews"),
        ("/catalogue/mug_1/", "https://shop.example.com/catalogue/mug_1/?ref=ann-reviews"),
        ("catalogue/", "https://shop.example.com/catalogue/?ref=ann-reviews"),
        (
            "https://shop.example.com/search/?q=mug&ref=someone#top",
            "https://shop.example.com/search/?q=mug&ref=ann-reviews#top",
        ),
    ],
)
def test_a_page_of_the_shop_gets_the_affiliates_code(affiliate, url, link):
    assert referral_link(affiliate=affiliate, site_root=ROOT, url=url) == link


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example.net/",
        "//evil.example.net/catalogue/",
        "javascript:alert(1)",
        "ftp://shop.example.com/",
        "https://shop.example.com.evil.net/",
    ],
)
def test_links_to_other_sites_are_refused(affiliate, url):
    with pytest.raises(LinkRefused, match="only point to this shop"):
        referral_link(affiliate=affiliate, site_root=ROOT, url=url)
