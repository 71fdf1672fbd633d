"""The README's deployment section names every environment variable the settings read."""

import re
from pathlib import Path

from django.conf import settings


def test_the_deployment_table_names_every_variable_the_settings_read():
    readme = (Path(settings.BASE_DIR) / "README.md").read_text()
    section = readme.split("## Deployment", 1)[1].split("\n## ", 1)[0]
    documented = set()
    for row in re.findall(r"^\| (`[^|]+)\|", section, flags=re.MULTILINE):
        names = re.findall(r"`([A-Z_][A-Z0-9_]*)`", row)
        # `BANK_TRANSFER_ACCOUNT_NAME`, `_SORT_CODE`: a leading underscore continues the first.
        prefix = names[0].rsplit("_", 2)[0] if names else ""
        documented |= {prefix + name if name.startswith("_") else name for name in names}
    read = set()
    for module in (Path(settings.BASE_DIR) / "config" / "settings").glob("*.py"):
        read |= set(re.findall(r'env(?:\.\w+)?\(\s*"([A-Z][A-Z0-9_]+)"', module.read_text()))
    read.discard("TEST_CACHE_DIR")  # the test settings' own
    assert read - documented == set()
