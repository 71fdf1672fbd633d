import pytest

pytestmark = pytest.mark.django_db


def test_api_root_names_the_api_and_links_to_its_docs_and_endpoints(client):
    response = client.get("/api/v1/")

    assert response.status_code == 200
    body = response.json()
    assert body["version"] == "1.0.0"
    assert body["links"]["docs"] == "http://testserver/api/v1/docs/"
    assert body["links"]["products"] == "http://testserver/api/v1/products/"
    assert body["links"]["token"] == "http://testserver/api/v1/auth/token/"
    assert client.get(body["links"]["products"]).status_code == 200


def test_an_unknown_api_address_is_a_json_404_pointing_to_the_docs(client):
    response = client.get("/api/v1/no-such-thing/")

    assert response.status_code == 404
    assert "/api/v1/docs/" in response.json()["error"]["message"]
