from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from cms.core.blocks import BodyBlock


class HomePage(Page):
    """The shop's front door at `/`: editors compose it from blocks."""

    intro = models.CharField(max_length=255, blank=True)
    body = StreamField(BodyBlock(), blank=True, use_json_field=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["cms_pages.ContentPage"]
    max_count = 1

    template = "pages/home_page.html"


class ContentPage(Page):
    """An information page (about, FAQ, shipping, terms, privacy) written by editors."""

    body = StreamField(BodyBlock(), blank=True, use_json_field=True)

    content_panels = Page.content_panels + [FieldPanel("body")]

    parent_page_types = ["cms_pages.HomePage", "cms_pages.ContentPage"]
    subpage_types = ["cms_pages.ContentPage"]

    template = "pages/content_page.html"
