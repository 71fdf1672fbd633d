"""Reads behind the CMS, one module for each thing they serve: `navigation` (menus, announcements,
the cached header/footer), `shop_cards` (live shop content in page blocks) and `shop_figures`
(the editors' dashboard panel). The articles of the journal are read in cms.pages.selectors."""
