"""The product page's own forms, mounted at /shop/variants/ (namespace `variants`)."""

from django.urls import path

from .views import VariantAddView

app_name = "variants"

urlpatterns = [
    path("<int:pk>/add/", VariantAddView.as_view(), name="add"),
]
