import threading

import pytest
from django.db import connection
from rest_framework.test import APIClient

from tests.api.helpers import sign_in

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.race]


def test_ten_concurrent_refreshes_of_one_token_give_exactly_one_new_pair(make_user):
    make_user()
    refresh_token = sign_in(APIClient()).json()["refresh"]
    barrier = threading.Barrier(10)
    statuses: list[int] = []
    new_pairs: list[dict] = []
    lock = threading.Lock()

    def spend():
        try:
            client = APIClient()
            barrier.wait()
            response = client.post("/api/v1/auth/token/refresh/", {"refresh": refresh_token})
            with lock:
                statuses.append(response.status_code)
                if response.status_code == 200:
                    new_pairs.append(response.json())
        finally:
            connection.close()

    threads = [threading.Thread(target=spend) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(statuses) == [200] + [401] * 9
    # The one new refresh token works (once).
    client = APIClient()
    assert (
        client.post("/api/v1/auth/token/refresh/", {"refresh": new_pairs[0]["refresh"]}).status_code
        == 200
    )
