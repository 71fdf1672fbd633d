from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "cms.pages"
    label = "cms_pages"
    verbose_name = "Pages"
