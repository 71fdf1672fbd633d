"""What makes cached pages out of date, as signal receivers beside the others the shop has
(cms.core's chrome cache, commerce.partner's site offers).

Nearly every change bumps the site-wide version: pages, menus, announcements, site settings,
images, products, categories, offers, ranges, sellers, partners, reviews. Two models are saved
by shoppers' own actions and are compared with their stored row first:

- A stock record is saved at every checkout (Oscar's allocation sends post_save). Cards show only
  "In stock" or "Sold out", the product page its count: a change that leaves the record as
  available as before (and its price as it was) bumps only that product's (and its parent's)
  version, which only its product page recorded; crossing zero, or any other change, is
  site-wide. So a busy checkout does not empty the cache for every order.
- An offer counts its uses on every order that gets it: a change to the counters alone is not
  shown anywhere; any other change (its dates, status, benefit...) is site-wide.

Changes made with QuerySet.update() or bulk_create() send no signal; the entries' own timeout
(PAGE_CACHE_SECONDS) bounds how long such a change is not shown.
"""

from django.apps import apps
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from oscar.core.loading import get_model
from wagtail.images import get_image_model
from wagtail.models import Site, get_page_models
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import store

_OLD_ROW = "_page_cache_old_row"
# An offer's usage counters, which Oscar saves with every order the offer applies to.
_OFFER_COUNTERS = {"total_discount", "num_applications", "num_orders"}
_STOCK_COUNTS = {"num_in_stock", "num_allocated", "date_updated", "low_stock_threshold"}


def _site_changed(**_signal_kwargs) -> None:
    store.site_changed()


def _settings_saved(sender, created=False, **_signal_kwargs) -> None:
    # Wagtail creates a site's settings with their defaults the first time a page reads them:
    # that changes nothing shown. An editor's save is an update.
    if not created:
        store.site_changed()


def _old_row_keep(sender, instance, raw=False, **kwargs) -> None:
    # The row as the database holds it before this save (Oscar's allocation sends pre_save with
    # the object already refreshed or stale, so the object itself cannot tell).
    if raw or instance.pk is None:
        return
    row = sender._default_manager.filter(pk=instance.pk).values().first()
    setattr(instance, _OLD_ROW, row)


def _changed_fields(instance) -> set[str] | None:
    old = instance.__dict__.pop(_OLD_ROW, None)
    if old is None:
        return None
    return {
        field.attname
        for field in instance._meta.concrete_fields
        if old.get(field.attname) != getattr(instance, field.attname)
    }


def _net_available(row_or_record) -> bool:
    get = row_or_record.get if isinstance(row_or_record, dict) else row_or_record.__dict__.get
    return (get("num_in_stock") or 0) - (get("num_allocated") or 0) > 0


def _stock_record_saved(sender, instance, created=False, raw=False, **kwargs) -> None:
    if raw:
        return
    old = getattr(instance, _OLD_ROW, None)
    changed = _changed_fields(instance)
    only_counts = (
        not created
        and changed is not None
        and changed <= _STOCK_COUNTS
        and _net_available(old) == _net_available(instance)
    )
    if only_counts:
        product = instance.product
        store.products_changed(product_ids=[product.pk, product.parent_id])
    else:
        store.site_changed()


def _offer_saved(sender, instance, created=False, raw=False, **kwargs) -> None:
    changed = _changed_fields(instance)
    if created or changed is None or changed - _OFFER_COUNTERS:
        store.site_changed()


def _watched_models() -> list:
    catalogue = list(apps.get_app_config("catalogue").get_models())
    named = [
        get_model(app, name)
        for app, name in (
            ("offer", "Condition"),
            ("offer", "Benefit"),
            ("offer", "Range"),
            ("offer", "RangeProduct"),
            ("partner", "Partner"),
            ("sellers", "Seller"),
            ("sellers", "SellerProduct"),
            ("cms_core", "Menu"),
            ("cms_core", "MenuLink"),
            ("cms_core", "Announcement"),
        )
    ]
    reviews = list(apps.get_app_config("reviews").get_models())
    return [*catalogue, *named, *reviews, Site, get_image_model(), *get_page_models()]


def page_cache_receivers_connect() -> None:
    """Connect the page cache's invalidation (from an AppConfig.ready, once models are loaded)."""
    for model in _watched_models():
        uid = f"page-cache-{model._meta.label_lower}"
        post_save.connect(_site_changed, sender=model, dispatch_uid=uid)
        post_delete.connect(_site_changed, sender=model, dispatch_uid=uid)
        for field in model._meta.local_many_to_many:
            through = field.remote_field.through
            m2m_changed.connect(_site_changed, sender=through, dispatch_uid=f"{uid}-{field.name}")
    site_settings = get_model("cms_core", "SiteSettings")
    post_save.connect(_settings_saved, sender=site_settings, dispatch_uid="page-cache-settings")
    post_delete.connect(_site_changed, sender=site_settings, dispatch_uid="page-cache-settings")
    for model, saved in (
        (get_model("partner", "StockRecord"), _stock_record_saved),
        (get_model("offer", "ConditionalOffer"), _offer_saved),
    ):
        uid = f"page-cache-{model._meta.label_lower}"
        pre_save.connect(_old_row_keep, sender=model, dispatch_uid=uid)
        post_save.connect(saved, sender=model, dispatch_uid=uid)
        post_delete.connect(_site_changed, sender=model, dispatch_uid=uid)
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_site_changed, dispatch_uid=f"page-cache-{id(signal)}")
