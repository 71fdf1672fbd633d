"""Reads that build the site's navigation."""

from dataclasses import dataclass

from django.urls import reverse
from wagtail.models import Page, Site


@dataclass(frozen=True)
class MenuItem:
    title: str
    url: str


def menu_main(*, request) -> list[MenuItem]:
    """Links in the header: the shop, then the home page's live children shown in menus."""
    items = [MenuItem("Shop", reverse("catalogue:index"))]
    site = Site.find_for_request(request)
    if site is None:
        return items
    root = site.root_page
    for page in Page.objects.child_of(root).live().in_menu().specific():
        items.append(MenuItem(page.title, page.get_url(request=request)))
    return items


def menu_footer(*, request) -> list[MenuItem]:
    """Links in the footer: every live information page under the home page."""
    site = Site.find_for_request(request)
    if site is None:
        return []
    pages = Page.objects.child_of(site.root_page).live().public()
    return [MenuItem(page.title, page.get_url(request=request)) for page in pages]
