from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "commerce.core"
    label = "commerce_core"
    verbose_name = "Commerce core"

    def ready(self):
        from commerce.core.page_cache.invalidation import page_cache_receivers_connect
        from commerce.core.receivers import media_receivers_connect

        media_receivers_connect()
        page_cache_receivers_connect()
