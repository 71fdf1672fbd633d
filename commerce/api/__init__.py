"""The shop's versioned JSON API (/api/v1/): platform pieces here, endpoints in sub-packages."""
