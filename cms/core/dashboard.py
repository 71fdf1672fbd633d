"""Oscar dashboard navigation that may also point outside the dashboard (back to the CMS)."""

from oscar.apps.dashboard.nav import default_access_fn

CMS_URL_NAME = "wagtailadmin_home"


def dashboard_access(user, url_name, url_args=None, url_kwargs=None) -> bool:
    """Oscar's access rule, plus: the CMS entry shows to users who may use the Wagtail admin."""
    if url_name == CMS_URL_NAME:
        return user.has_perm("wagtailadmin.access_admin")
    return default_access_fn(user, url_name, url_args, url_kwargs)
