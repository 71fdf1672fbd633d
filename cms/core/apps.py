from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from oscar.core.loading import get_model


class CmsCoreConfig(AppConfig):
    name = "cms.core"
    label = "cms_core"
    verbose_name = "CMS core"

    def ready(self):
        # Models (and what imports them) can only be imported once the app registry is ready,
        # which is the reason ready() exists: these imports cannot sit at the top of apps.py.
        from wagtail.models import get_page_models

        from cms.core.models import Announcement, Menu, MenuLink
        from cms.core.services import chrome_cache_invalidate

        # Editors' changes to anything the header or footer shows drop the cached chrome.
        # Publishing, unpublishing and moving a page all save it, so post_save covers them.
        models = [Menu, MenuLink, Announcement, get_model("catalogue", "Category")]
        for model in models + list(get_page_models()):
            post_save.connect(chrome_cache_invalidate, sender=model, weak=False)
            post_delete.connect(chrome_cache_invalidate, sender=model, weak=False)
