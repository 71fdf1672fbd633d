"""Snippets and settings editors keep in one place: menus, the announcement bar, site details."""

from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable


class Menu(ClusterableModel):
    """A list of links shown in the header ("main") or the footer ("footer")."""

    LOCATIONS = [("main", "Main navigation (header)"), ("footer", "Footer")]

    title = models.CharField(max_length=100)
    location = models.CharField(max_length=20, choices=LOCATIONS, unique=True)

    panels = [FieldPanel("title"), FieldPanel("location"), InlinePanel("items", label="Links")]

    def __str__(self) -> str:
        return self.title


class MenuLink(Orderable):
    """One link: to a page, a shop category or any address; the label defaults to the target's."""

    menu = ParentalKey(Menu, related_name="items", on_delete=models.CASCADE)
    label = models.CharField(max_length=60, blank=True)
    link_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    link_category = models.ForeignKey(
        "catalogue.Category", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    link_url = models.CharField(
        "Address",
        max_length=255,
        blank=True,
        help_text="A path such as /shop/catalogue/ or a full https:// address.",
    )

    panels = [
        FieldPanel("label"),
        FieldPanel("link_page"),
        FieldPanel("link_category"),
        FieldPanel("link_url"),
    ]

    def clean(self):
        targets = [bool(self.link_page_id), bool(self.link_category_id), bool(self.link_url)]
        if sum(targets) != 1:
            raise ValidationError("Choose exactly one target: a page, a category or an address.")
        if self.link_url and not self.link_url.startswith(("/", "https://", "http://", "mailto:")):
            raise ValidationError(
                {"link_url": "Start the address with /, https://, http:// or mailto:."}
            )
        if not self.label and self.link_url:
            raise ValidationError({"label": "Give a label for links to an address."})

    def title_for(self) -> str:
        if self.label:
            return self.label
        if self.link_page_id:
            return self.link_page.title
        if self.link_category_id:
            return self.link_category.name
        return self.link_url

    def url_for(self, *, request) -> str:
        if self.link_page_id:
            return self.link_page.get_url(request=request) or ""
        if self.link_category_id:
            return self.link_category.get_absolute_url()
        return self.link_url


class Announcement(models.Model):
    """A one-line message above the header, shown between its start and end times."""

    message = models.CharField(max_length=200)
    link_url = models.CharField(max_length=255, blank=True, help_text="Optional: /path or https://")
    starts_at = models.DateTimeField(null=True, blank=True, help_text="Empty: show straight away.")
    ends_at = models.DateTimeField(null=True, blank=True, help_text="Empty: show until removed.")

    panels = [
        FieldPanel("message"),
        FieldPanel("link_url"),
        MultiFieldPanel([FieldPanel("starts_at"), FieldPanel("ends_at")], heading="When"),
    ]

    class Meta:
        ordering = ["-starts_at", "-pk"]

    def __str__(self) -> str:
        return self.message

    def clean(self):
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": "The end must be after the start."})
        if self.link_url and not self.link_url.startswith(("/", "https://", "http://")):
            raise ValidationError({"link_url": "Start the address with /, https:// or http://."})


@register_setting(icon="cogs")
class SiteSettings(BaseSiteSetting):
    """Who the shop is: name, logo, contact details, social links and the default share image."""

    shop_name = models.CharField(
        max_length=100, blank=True, help_text="Empty: the configured name."
    )
    logo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=40, blank=True)
    address = models.TextField(blank=True)
    facebook_url = models.URLField(blank=True)
    instagram_url = models.URLField(blank=True)
    x_url = models.URLField("X (Twitter) URL", blank=True)
    default_seo_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    panels = [
        MultiFieldPanel([FieldPanel("shop_name"), FieldPanel("logo")], heading="Identity"),
        MultiFieldPanel(
            [FieldPanel("email"), FieldPanel("phone"), FieldPanel("address")], heading="Contact"
        ),
        MultiFieldPanel(
            [FieldPanel("facebook_url"), FieldPanel("instagram_url"), FieldPanel("x_url")],
            heading="Social",
        ),
        FieldPanel("default_seo_image"),
    ]

    class Meta:
        verbose_name = "Site settings"

    @property
    def social_profiles(self) -> list[tuple[str, str]]:
        """(network name, address) of each social profile given, for the footer's links."""
        profiles = [
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("X", self.x_url),
        ]
        return [(name, url) for name, url in profiles if url]

    @property
    def social_links(self) -> list[str]:
        return [url for _name, url in self.social_profiles]
