import pytest

from tests.conftest import Client


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    # The test settings switch the page cache off for every other test.
    settings.PAGE_CACHE_SECONDS = 300


@pytest.fixture
def visitor():
    """Another anonymous shopper, with cookies of their own."""
    return Client()


@pytest.fixture(autouse=True)
def _page_cache_memory_empty():
    # Every test starts with an empty shared cache (tests/conftest.py); the entries and versions
    # this process keeps in memory must go with it.
    from commerce.core.page_cache.store import local_forget

    local_forget()
