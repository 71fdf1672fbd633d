"""Media storages that remember every file they open, for tests that a page view opens none
(the tests name them in STORAGES, so Django, Wagtail, Oscar and sorl-thumbnail all use them)."""

from django.core.files.storage import FileSystemStorage
from storages.backends.s3 import S3Storage


class OpenRecording:
    """Records the name of every file opened through any storage of these classes."""

    opened: list[str] = []

    def _open(self, name, mode="rb"):
        OpenRecording.opened.append(name)
        return super()._open(name, mode)


class RecordingFileSystemStorage(OpenRecording, FileSystemStorage):
    """The local media folder, recording opens."""


class RecordingS3Storage(OpenRecording, S3Storage):
    """The S3 bucket, recording opens."""
