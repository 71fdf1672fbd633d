from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo shop behind `manage.py load_demo`; installed by the local and test settings
    only, so production does not even know the command."""

    name = "demo"
    label = "demo"
    verbose_name = "Demo shop"
