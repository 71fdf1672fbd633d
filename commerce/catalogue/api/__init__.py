"""The public catalogue endpoints of /api/v1/: products and the category tree."""
