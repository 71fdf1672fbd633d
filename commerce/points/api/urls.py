"""The points endpoints under /api/v1/points/."""

urlpatterns: list = []
