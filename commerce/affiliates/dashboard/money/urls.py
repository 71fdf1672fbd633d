"""money screens of the affiliates dashboard (listed by commerce.affiliates.dashboard.apps)."""

urlpatterns: list = []
