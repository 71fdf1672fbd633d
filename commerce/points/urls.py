"""The shopper's points pages in their account (mounted at /shop/accounts/points/)."""

app_name = "points"

urlpatterns: list = []
