"""`make bench`: a load test of the shop as production serves it (see bench/__main__.py)."""
