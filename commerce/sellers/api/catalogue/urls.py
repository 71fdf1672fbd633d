"""catalogue endpoints of the marketplace API (mounted by commerce.sellers.api.urls)."""

urlpatterns: list = []
