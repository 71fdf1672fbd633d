"""Page types editors compose the storefront from; each declares where it may live in the tree."""

from django.db import models
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from cms.core.blocks import BodyBlock
from cms.pages.selectors import article_list

SEO_IMAGE_PANEL = FieldPanel("seo_image")


class SeoImageMixin(models.Model):
    """An optional image for link previews (Open Graph); the site setting's default stands in."""

    seo_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown when the page is shared; the site's default SEO image is used if empty.",
    )

    promote_panels = Page.promote_panels + [SEO_IMAGE_PANEL]

    class Meta:
        abstract = True


class HomePage(SeoImageMixin, Page):
    """The shop's front door at `/`: editors compose it from blocks."""

    intro = models.CharField(max_length=255, blank=True)
    body = StreamField(BodyBlock(), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "cms_pages.ContentPage",
        "cms_pages.LandingPage",
        "cms_pages.ArticleIndexPage",
        "cms_pages.FormPage",
    ]
    max_count = 1

    template = "pages/home_page.html"


class BlocksPage(SeoImageMixin, Page):
    """A page that is nothing but a stream of blocks; its subclasses say where it may live."""

    body = StreamField(BodyBlock(), blank=True)

    content_panels = Page.content_panels + [FieldPanel("body")]

    class Meta:
        abstract = True


class ContentPage(BlocksPage):
    """An information page (about, FAQ, shipping, terms, privacy) written by editors."""

    parent_page_types = ["cms_pages.HomePage", "cms_pages.ContentPage"]
    subpage_types = ["cms_pages.ContentPage"]

    template = "pages/content_page.html"


class LandingPage(BlocksPage):
    """A campaign page: products, offers and categories arranged freely for one promotion."""

    parent_page_types = ["cms_pages.HomePage", "cms_pages.LandingPage"]
    subpage_types = ["cms_pages.LandingPage"]

    template = "pages/landing_page.html"


class ArticleIndexPage(SeoImageMixin, Page):
    """The journal: lists live stories, newest first, optionally filtered by tag."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["cms_pages.HomePage"]
    subpage_types = ["cms_pages.ArticlePage"]
    max_count = 1

    template = "pages/article_index_page.html"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        tag = request.GET.get("tag", "").strip()
        context["tag"] = tag
        context["articles"] = article_list(articles=ArticlePage.objects.child_of(self), tag=tag)
        return context


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "cms_pages.ArticlePage", related_name="tagged_items", on_delete=models.CASCADE
    )


class ArticlePage(SeoImageMixin, Page):
    """A story that sells: text and blocks, with products placed inline, filed under tags."""

    date = models.DateField("Published on")
    summary = models.CharField(max_length=255, blank=True)
    body = StreamField(BodyBlock(), blank=True)
    tags = ClusterTaggableManager(through=ArticlePageTag, blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("date"), FieldPanel("tags")], heading="Filing"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]

    parent_page_types = ["cms_pages.ArticleIndexPage"]
    subpage_types: list[str] = []

    template = "pages/article_page.html"


class FormField(AbstractFormField):
    page = ParentalKey("cms_pages.FormPage", on_delete=models.CASCADE, related_name="form_fields")


class FormPage(SeoImageMixin, AbstractEmailForm):
    """A contact form built by editors; submissions are stored and optionally emailed."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])
    thank_you_text = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label="Form fields"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading="Email",
        ),
    ]

    parent_page_types = ["cms_pages.HomePage"]
    subpage_types: list[str] = []

    template = "pages/form_page.html"
    landing_page_template = "pages/form_page_landing.html"
