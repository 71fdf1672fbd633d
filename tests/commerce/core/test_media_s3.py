"""With a bucket named, uploaded media go to S3-compatible object storage and are served from
the bucket's URL. The tests talk real HTTP to a local S3 server (moto's, started once for this
module on a free port) through django-storages and boto3, nothing patched; the server counts
the requests it answers, so a warm page view is seen to ask the storage nothing."""

import threading
import urllib.request

import boto3
import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from moto.server import ThreadedMotoServer
from wagtail.documents import get_document_model
from wagtail.models import Collection

from commerce.core.media import PRODUCT_SHARE_PICTURE, product_picture_url
from tests.commerce.core.media import (
    library_image_upload,
    media_storage_use,
    pages_visit,
    picture,
    product_picture_upload,
    shopper_pages,
    site_logo_set,
    sorl_storages_forget,
)
from tests.commerce.core.storages import OpenRecording
from tests.factories import CategoryFactory, ProductFactory

pytestmark = pytest.mark.django_db

BUCKET = "shop-media"


class RequestCounter:
    """WSGI middleware counting the requests the S3 server answers."""

    def __init__(self, app):
        self.app = app
        self.count = 0
        self._lock = threading.Lock()

    def __call__(self, environ, start_response):
        with self._lock:
            self.count += 1
        return self.app(environ, start_response)


@pytest.fixture(scope="module")
def s3_server():
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    # The running werkzeug server's application, wrapped to count what reaches it.
    counter = RequestCounter(server._server.app)
    server._server.app = counter
    endpoint = f"http://{host}:{port}"
    boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="test",
        aws_secret_access_key="test",
    ).create_bucket(Bucket=BUCKET)
    yield endpoint, counter
    server.stop()


@pytest.fixture
def bucket(s3_server, settings):
    """The media storage is the bucket (as AWS_STORAGE_BUCKET_NAME and friends make it in
    config/settings/base.py), recording every file it opens."""
    endpoint, counter = s3_server
    settings.AWS_STORAGE_BUCKET_NAME = BUCKET
    settings.AWS_S3_ENDPOINT_URL = endpoint
    settings.AWS_S3_REGION_NAME = "us-east-1"
    settings.AWS_ACCESS_KEY_ID = "test"
    settings.AWS_SECRET_ACCESS_KEY = "test"
    settings.AWS_S3_ADDRESSING_STYLE = "path"
    settings.AWS_S3_CUSTOM_DOMAIN = f"{endpoint.removeprefix('http://')}/{BUCKET}"
    settings.AWS_S3_URL_PROTOCOL = "http:"
    settings.AWS_S3_FILE_OVERWRITE = False
    settings.AWS_DEFAULT_ACL = "public-read"
    media_storage_use(settings, "tests.commerce.core.storages.RecordingS3Storage")
    OpenRecording.opened.clear()
    yield boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="test",
        aws_secret_access_key="test",
    )
    sorl_storages_forget()


def fetched(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as response:
        assert response.status == 200
        return response.read()


def test_uploads_land_in_the_bucket_and_pages_show_them_from_it_asking_it_nothing(
    bucket,
    s3_server,
    admin_client,
    client,
    home_page,
    django_capture_on_commit_callbacks,
):
    _endpoint, requests = s3_server
    product = ProductFactory(title="Teapot", categories=[CategoryFactory(name="Kitchen")])
    logo_bytes, teapot_bytes = picture(size=(600, 400)), picture(size=(400, 400), colour=(9, 9, 9))

    with django_capture_on_commit_callbacks(execute=True):
        image = library_image_upload(admin_client, logo_bytes)
    with django_capture_on_commit_callbacks(execute=True):
        product_image = product_picture_upload(admin_client, product, teapot_bytes)
    site_logo_set(image)

    # Both originals are objects in the bucket, served from the bucket's own URL.
    stored = {item["Key"] for item in bucket.list_objects_v2(Bucket=BUCKET)["Contents"]}
    assert {image.file.name, product_image.original.name} <= stored
    bucket_url = f"http://{s3_server[0].removeprefix('http://')}/{BUCKET}/"
    assert image.file.url.startswith(bucket_url)
    assert fetched(image.file.url) == logo_bytes
    assert fetched(product_image.original.url) == teapot_bytes

    OpenRecording.opened.clear()
    html = pages_visit(client, shopper_pages(product))
    assert OpenRecording.opened == []
    logo = image.get_rendition("height-40")
    assert logo.url.startswith(bucket_url) and logo.url in html
    assert fetched(logo.url)[:2] == b"\xff\xd8"  # a JPEG, made at upload
    assert f'src="{bucket_url}cache/' in html  # the product card's thumbnail
    # The product page's share picture is a prepared size in the bucket, never the original.
    share = product_picture_url(image=product_image, thumbnail=PRODUCT_SHARE_PICTURE)
    assert share.startswith(f"{bucket_url}cache/") and share in html
    assert product_image.original.url not in html

    # Warm: the pages find every rendition and thumbnail without a request to the storage.
    requests.count = 0
    pages_visit(client, shopper_pages(product))
    assert requests.count == 0
    assert OpenRecording.opened == []


def test_a_document_in_the_bucket_downloads_through_wagtails_view(bucket, client):
    content = b"%PDF-1.4 care guide\n"
    document = get_document_model().objects.create(
        title="Care guide",
        file=SimpleUploadedFile("care-guide.pdf", content, content_type="application/pdf"),
        collection=Collection.get_first_root_node(),
    )
    assert default_storage.exists(document.file.name)

    response = client.get(
        reverse("wagtaildocs_serve", args=(document.pk, document.filename)),
    )

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == content
    assert response["Content-Security-Policy"] == "default-src 'none'"
