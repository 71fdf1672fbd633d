"""home screens of the sellers dashboard (mounted by commerce.sellers.dashboard.apps)."""

urlpatterns: list = []
