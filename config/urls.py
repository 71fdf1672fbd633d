"""The URL map: Wagtail owns `/` and every path not claimed above it (last)."""

from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from config.health import healthz, readyz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path("django-admin/", admin.site.urls),
    path("cms/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path(
        "shop/dashboard/webhooks/",
        include((apps.get_app_config("webhooks_dashboard").urls[0], "webhooks_dashboard")),
    ),
    path(
        "shop/dashboard/sellers/",
        include((apps.get_app_config("sellers_dashboard").urls[0], "sellers_dashboard")),
    ),
    path(
        "shop/dashboard/affiliates/",
        include((apps.get_app_config("affiliates_dashboard").urls[0], "affiliates_dashboard")),
    ),
    path(
        "shop/dashboard/points/",
        include((apps.get_app_config("points_dashboard").urls[0], "points_dashboard")),
    ),
    path("shop/accounts/points/", include("commerce.points.urls")),
    path("shop/accounts/email/", include("commerce.users.urls")),
    path("shop/variants/", include("commerce.catalogue.urls")),
    path("shop/", include(apps.get_app_config("oscar").urls[0])),
    path("affiliate/", include("commerce.affiliates.urls")),
    path("sellers/", include("commerce.sellers.urls")),
    path("api/v1/", include("commerce.api.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include("cms.core.urls"))]
urlpatterns += [path("", include(wagtail_urls))]

handler403 = "config.errors.permission_denied"
handler404 = "config.errors.page_not_found"
handler500 = "config.errors.server_error"
