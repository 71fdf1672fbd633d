"""area endpoints of the affiliates API (mounted by commerce.affiliates.api.urls)."""

urlpatterns: list = []
