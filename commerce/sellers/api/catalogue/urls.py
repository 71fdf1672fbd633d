"""catalogue endpoints of the marketplace API (mounted by commerce.sellers.api.urls):
/api/v1/seller/products/ and /api/v1/seller/offers/."""

from rest_framework.routers import SimpleRouter

from .views import SellerOfferViewSet, SellerProductViewSet

router = SimpleRouter()
router.register("seller/products", SellerProductViewSet, basename="seller-product")
router.register("seller/offers", SellerOfferViewSet, basename="seller-offer")

urlpatterns = router.urls
