"""The affiliate area on the site (mounted at /affiliate/ by config/urls.py)."""

app_name = "affiliates"

urlpatterns: list = []
