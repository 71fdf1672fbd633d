"""The points screens of the dashboard (url names start with `points-`)."""

urlpatterns: list = []
