import pytest
from rest_framework.test import APIClient

from tests.api.helpers import sign_in
from tests.concurrency import run_prepared_together

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.race]


def test_ten_concurrent_refreshes_of_one_token_give_exactly_one_new_pair(make_user):
    make_user()
    refresh_token = sign_in(APIClient()).json()["refresh"]

    def spend():
        client = APIClient()
        return lambda: client.post("/api/v1/auth/token/refresh/", {"refresh": refresh_token})

    responses = run_prepared_together(*[spend] * 10)
    statuses = [r.status_code for r in responses]
    new_pairs = [r.json() for r in responses if r.status_code == 200]

    assert sorted(statuses) == [200] + [401] * 9
    # The one new refresh token works (once).
    client = APIClient()
    assert (
        client.post("/api/v1/auth/token/refresh/", {"refresh": new_pairs[0]["refresh"]}).status_code
        == 200
    )
