"""Demo pages: the shop's home page as the Site root, with About, FAQ and Terms under it."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from cms.core.models import SiteSettings
from cms.pages.models import ContentPage, HomePage

HOME_SLUG = "home"

# What the footer shows (Settings > Site settings); filled only where an editor left a blank.
SITE_CONTACT = {
    "email": "hello@larderandloom.example",
    "phone": "+44 20 7946 0321",
    "address": "Larder & Loom\n14 Weavers Yard\nLondon E2 7DP",
    "facebook_url": "https://www.facebook.com/larderandloom",
    "instagram_url": "https://www.instagram.com/larderandloom",
    "x_url": "https://x.com/larderandloom",
}

# slug -> (title, show in menus, opening paragraph)
CONTENT_PAGES: dict[str, tuple[str, bool, str]] = {
    "about": (
        "About us",
        True,
        "<p>We are a small shop for clothes, homeware, kitchen things and books that are "
        "made well and meant to be kept. Some of it we make ourselves; the rest comes from "
        "independent sellers we know and trust.</p>",
    ),
    "faq": (
        "FAQ",
        True,
        "<p><b>When will my order arrive?</b> Most orders leave us within two working days.</p>"
        "<p><b>Can I return something?</b> Yes: send it back unused within 30 days.</p>",
    ),
    "terms": (
        "Terms and conditions",
        False,
        "<p>These terms apply to every order placed on this site. Prices include VAT. "
        "This is a demo shop: no real goods are sold.</p>",
    ),
}


def demo_pages_build() -> HomePage:
    """Make a HomePage the default Site's root (replacing Wagtail's welcome page) and give it
    About, FAQ and Terms children; creates only what is missing."""
    home = HomePage.objects.first()
    if home is None:
        Locale.objects.get_or_create(
            language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
        )
        root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))
        # Wagtail's migrations leave a plain "Welcome to your new Wagtail site!" page
        # under the root with the slug we want; the home page replaces it.
        root.get_children().filter(
            slug=HOME_SLUG, content_type=ContentType.objects.get_for_model(Page), numchild=0
        ).delete()
        root.refresh_from_db()
        home = root.add_child(
            instance=HomePage(
                title=settings.OSCAR_SHOP_NAME, slug=HOME_SLUG, intro=settings.OSCAR_SHOP_TAGLINE
            )
        )
        home.save_revision().publish()

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name=settings.OSCAR_SHOP_NAME,
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    demo_site_settings_build(site=Site.objects.get(is_default_site=True))

    for slug, (title, show_in_menus, paragraph) in CONTENT_PAGES.items():
        if home.get_children().filter(slug=slug).exists():
            continue
        page = home.add_child(
            instance=ContentPage(
                title=title,
                slug=slug,
                show_in_menus=show_in_menus,
                body=[("paragraph", RichText(paragraph))],
            )
        )
        page.save_revision().publish()
    return home


def demo_site_settings_build(*, site: Site) -> SiteSettings:
    """The shop's contact details and social profiles for the footer, where still blank."""
    site_settings = SiteSettings.for_site(site)
    blanks = [field for field, value in SITE_CONTACT.items() if not getattr(site_settings, field)]
    for field in blanks:
        setattr(site_settings, field, SITE_CONTACT[field])
    if blanks:
        site_settings.save()
    return site_settings
