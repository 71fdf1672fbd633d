"""Demo header and footer menus and an announcement, as snippets editors find in the admin.

Without them the site falls back to default links (cms.core.selectors.navigation), which the
admin's Menus screen cannot show; the demo writes out the same links as real menus instead."""

from django.urls import reverse

from cms.core.models import Announcement, Menu, MenuLink

ANNOUNCEMENT = "Free standard delivery on orders of £50 or more."


def _menu_build(*, location: str, title: str, links: list[MenuLink]) -> Menu | None:
    if Menu.objects.filter(location=location).exists():
        return None  # an editor's menu is left as it is
    menu = Menu(title=title, location=location)
    menu.items = links
    menu.save()
    return menu


def demo_navigation_build(*, home) -> None:
    """The "main" and "footer" menus (the links the site's defaults show) and one announcement;
    creates only what is missing."""
    children = home.get_children().live().specific()
    _menu_build(
        location="main",
        title="Header",
        links=[MenuLink(label="Shop", link_url=reverse("catalogue:index"))]
        + [MenuLink(link_page=page) for page in children.in_menu()],
    )
    _menu_build(
        location="footer",
        title="Footer",
        links=[MenuLink(link_page=page) for page in children.public()],
    )
    if not Announcement.objects.exists():
        Announcement.objects.create(message=ANNOUNCEMENT, link_url=reverse("catalogue:index"))
