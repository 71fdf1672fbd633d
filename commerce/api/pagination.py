"""Page-number pagination with a total count, shared by every list endpoint."""

from rest_framework import pagination


class PageNumberPagination(pagination.PageNumberPagination):
    """`?page=N&page_size=M` (at most 100); responses carry count, next, previous, results."""

    page_size_query_param = "page_size"
    max_page_size = 100
    invalid_page_message = "There is no page {page_number}: ask for a page from 1 to the last one."
