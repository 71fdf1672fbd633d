import pytest

from ..history import earning_off


@pytest.fixture(autouse=True)
def _history_only_as_written(settings):
    earning_off(settings)
