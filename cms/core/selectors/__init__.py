"""Reads behind the CMS, one module for each thing they serve: `navigation` (menus, announcements,
the cached header/footer), `shop_cards` (live shop content in page blocks) and `shop_figures`
(the editors' dashboard panel). The articles of the journal are read in cms.pages.selectors."""

# The header and footer reads stay importable from the package, as code outside cms/ knows them.
from cms.core.selectors.navigation import (
    CHROME_VERSION_KEY,
    MenuItem,
    announcement_current,
    chrome_version,
    menu_footer,
    menu_main,
)

__all__ = [
    "CHROME_VERSION_KEY",
    "MenuItem",
    "announcement_current",
    "chrome_version",
    "menu_footer",
    "menu_main",
]
