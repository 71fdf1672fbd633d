from django.urls import path
from rest_framework.routers import SimpleRouter

from .views import CategoryTreeView, ProductViewSet

router = SimpleRouter()
router.register("products", ProductViewSet, basename="product")

urlpatterns = [
    path("categories/", CategoryTreeView.as_view(), name="category-tree"),
    *router.urls,
]
