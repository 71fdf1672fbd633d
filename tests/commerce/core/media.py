"""Helpers of the media tests: switch the media storage through settings, upload pictures the
way editors and staff do (Wagtail's admin upload view, Oscar's dashboard product form), and
visit the shopper's pages."""

from io import BytesIO

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils.functional import empty
from PIL import Image
from sorl.thumbnail import default as sorl_default
from sorl.thumbnail.images import get_or_create_storage
from wagtail.models import Collection, Site

from cms.core.models import SiteSettings
from tests.commerce.sellers.catalogue.helpers import product_page_data


def picture(name: str = "picture.jpg", size=(900, 600), colour=(180, 90, 40)) -> bytes:
    """A real JPEG of `size` pixels."""
    buffer = BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="JPEG")
    return buffer.getvalue()


def upload(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="image/jpeg")


def media_storage_use(settings, backend: str) -> None:
    """Make `backend` the media storage of Django, Wagtail, Oscar and sorl-thumbnail."""
    settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": backend}}
    settings.THUMBNAIL_STORAGE = backend
    sorl_storages_forget()


def sorl_storages_forget() -> None:
    """sorl-thumbnail keeps the storages it made (Django forgets its own when STORAGES
    changes)."""
    sorl_default.storage._wrapped = empty
    get_or_create_storage.cache_clear()


def library_image_upload(client, content: bytes, title: str = "Shop logo"):
    """Upload a picture through Wagtail's admin ("Add an image"); the image."""
    from wagtail.images import get_image_model

    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": title,
            "collection": Collection.get_first_root_node().pk,
            "file": upload("logo.jpg", content),
        },
    )
    assert response.status_code == 302, response.context and response.context["form"].errors
    return get_image_model().objects.get(title=title)


def product_picture_upload(client, product, content: bytes):
    """Upload a product picture through Oscar's dashboard product page; the ProductImage."""
    url = reverse("dashboard:catalogue-product", kwargs={"pk": product.pk})
    page = client.get(url).context
    data = product_page_data(page, **{"images-0-original": upload("teapot.jpg", content)})
    # The blank stock record form carries defaults the browser would leave untouched too.
    extra = page["stockrecord_formset"].forms[page["stockrecord_formset"].initial_form_count() :]
    for form in extra:
        for name in form.fields:
            data.pop(form[name].html_name, None)
    response = client.post(url, data)
    assert response.status_code == 302, _errors(response.context)
    return product.images.get()


def site_logo_set(image) -> None:
    """The shop's logo and default share picture (every page shows them) become `image`."""
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.logo = image
    site_settings.default_seo_image = image
    site_settings.save()


def shopper_pages(product) -> list[str]:
    """The pages a shopper sees pictures on: home, catalogue, category, product page."""
    category = product.get_categories().first()
    catalogue = reverse("catalogue:index")
    return ["/", catalogue, category.get_absolute_url(), product.get_absolute_url()]


def pages_visit(client, urls) -> str:
    """GET each page (each must answer 200); their HTML, joined."""
    html = []
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        html.append(response.content.decode())
    return "\n".join(html)


def _errors(context) -> dict:
    names = ("form", "image_formset", "stockrecord_formset", "category_formset")
    return {name: context[name].errors for name in names}
