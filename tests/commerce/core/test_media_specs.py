"""Every rendition and thumbnail a template or the code asks for is in commerce.core.media's
lists, so uploads prepare it: a size added to a template without its line there fails here."""

import re
from pathlib import Path

import oscar
from django.apps import apps
from django.core.files.storage import default_storage
from django.db.models import FileField
from wagtail.images.models import Filter

from commerce.core.media import (
    PRODUCT_PAGE_PICTURE,
    PRODUCT_SHARE_PICTURE,
    PRODUCT_THUMBNAILS,
    WAGTAIL_FILTER_SPECS,
)

ROOT = Path(__file__).resolve().parents[3]
OSCAR_TEMPLATES = Path(oscar.__file__).parent / "templates"

WAGTAIL_TAG = re.compile(r"{%\s*(?:image|srcset_image|picture)\s+\S+\s+(.*?)%}")
GET_RENDITION = re.compile(r"get_renditions?\(([^)]*)\)")
OSCAR_TAG = re.compile(r"{%\s*oscar_thumbnail\s+\S+\s+\"([^\"]+)\"(.*?)\s+as\s+\w+\s*%}")
LITERALS = {"True": True, "False": False, "None": None}


def _our_templates() -> list[Path]:
    folders = [ROOT / "templates", *(ROOT / "cms").glob("**/templates")]
    folders += (ROOT / "commerce").glob("**/templates")
    return [path for folder in folders for path in folder.rglob("*.html")]


def _shown_templates() -> list[Path]:
    """Our templates and the Oscar templates we do not override (those render too)."""
    ours = _our_templates()
    overridden = {Path(*path.parts[path.parts.index("templates") + 1 :]) for path in ours}
    oscars = [
        path
        for path in OSCAR_TEMPLATES.rglob("*.html")
        if path.relative_to(OSCAR_TEMPLATES) not in overridden
    ]
    return ours + oscars


def wagtail_specs_used() -> set[str]:
    specs = set()
    for path in _our_templates():
        for arguments in WAGTAIL_TAG.findall(path.read_text()):
            filters = []
            for token in arguments.split():
                if "=" in token or token == "as":
                    break
                filters.append(token)
            specs.update(Filter.expand_spec("|".join(filters)))
    for path in [*ROOT.glob("cms/**/*.py"), *ROOT.glob("commerce/**/*.py")]:
        for arguments in GET_RENDITION.findall(path.read_text()):
            specs.update(re.findall(r"\"([^\"]+)\"", arguments))
    return specs


def _option(value: str):
    return LITERALS[value] if value in LITERALS else value.strip("\"'")


def product_thumbnails_used() -> set[tuple[str, tuple]]:
    used = set()
    for path in _shown_templates():
        for size, arguments in OSCAR_TAG.findall(path.read_text()):
            options = dict(token.split("=", 1) for token in arguments.split())
            used.add((size, tuple(sorted((k, _option(v)) for k, v in options.items()))))
    return used


def test_every_wagtail_rendition_the_site_shows_is_prepared_at_upload():
    used = wagtail_specs_used()

    assert "fill-1600x640-c60" in used  # the hero's widest picture: the reading works
    assert used - set(WAGTAIL_FILTER_SPECS) == set()


def test_every_product_thumbnail_the_site_shows_is_prepared_at_upload():
    used = product_thumbnails_used()
    prepared = {(size, tuple(sorted(options.items()))) for size, options in PRODUCT_THUMBNAILS}

    assert ("65x55", (("crop", "center"),)) in used  # Oscar's gallery: the reading works
    assert used - prepared == set()


def test_the_product_picture_sizes_the_code_names_are_prepared_at_upload():
    # The variant picker's picture and the product page's share picture (product_picture_url).
    assert PRODUCT_PAGE_PICTURE in PRODUCT_THUMBNAILS
    assert PRODUCT_SHARE_PICTURE in PRODUCT_THUMBNAILS


def test_every_uploaded_file_goes_to_the_media_storage():
    # So a bucket named in the settings takes Wagtail's images, renditions and documents,
    # Oscar's product pictures and the sellers' logos alike.
    fields = {
        f"{model._meta.label}.{field.name}": field.storage
        for model in apps.get_models()
        for field in model._meta.fields
        if isinstance(field, FileField)
    }

    assert {"catalogue.ProductImage.original", "sellers.Seller.logo"} <= set(fields)
    assert {"wagtailimages.Rendition.file", "wagtaildocs.Document.file"} <= set(fields)
    assert [name for name, storage in fields.items() if storage is not default_storage] == []
