import oscar.apps.search.apps as apps


class SearchConfig(apps.SearchConfig):
    name = "commerce.search"
