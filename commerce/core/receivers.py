"""Uploads prepare their renditions and thumbnails (commerce.core.media) once they commit, in
the uploader's request: every way a picture is saved (Wagtail's admin, Oscar's dashboard, the
API, the sellers' screens) goes through the model's post_save."""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_save
from oscar.core.loading import get_model
from wagtail.images import get_image_model

from commerce.core.media import image_renditions_prepare, product_thumbnails_prepare


def _image_saved(sender, instance, **kwargs) -> None:
    # robust: a picture that cannot be prepared now is prepared by its first view, or by
    # `manage.py prepare_media`; the upload itself has succeeded.
    transaction.on_commit(partial(image_renditions_prepare, image=instance), robust=True)


def _product_image_saved(sender, instance, **kwargs) -> None:
    if instance.original:
        transaction.on_commit(
            partial(product_thumbnails_prepare, source=instance.original), robust=True
        )


def media_receivers_connect() -> None:
    """Connect the upload receivers (from an AppConfig.ready, once the models are loaded)."""
    post_save.connect(_image_saved, sender=get_image_model(), dispatch_uid="media-image")
    post_save.connect(
        _product_image_saved,
        sender=get_model("catalogue", "ProductImage"),
        dispatch_uid="media-product-image",
    )
