import oscar.apps.partner.apps as apps
from django.db.models.signals import post_delete, post_save
from oscar.core.loading import get_model


def _site_offers_changed(sender, **kwargs):
    # Imported here: the pricing module loads Oscar models, not ready when apps.py is imported.
    from commerce.catalogue.prices import site_offers_cache_drop

    site_offers_cache_drop()


class PartnerConfig(apps.PartnerConfig):
    """Oscar's partner app, forked for the marketplace's pricing strategy (strategy.py); it
    also drops the cached site offers the shown prices read (commerce.catalogue.prices)
    whenever an offer, its condition, benefit or range changes."""

    name = "commerce.partner"

    def ready(self):
        super().ready()
        for name in ("ConditionalOffer", "Condition", "Benefit", "Range"):
            model = get_model("offer", name)
            post_save.connect(_site_offers_changed, sender=model, dispatch_uid=f"prices-{name}")
            post_delete.connect(_site_offers_changed, sender=model, dispatch_uid=f"prices-d{name}")
