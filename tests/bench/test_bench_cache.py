"""The bench's shared cache: a throwaway Redis on loopback that the shop's workers share, as
production's do, gone when the run ends."""

import socket
from urllib.parse import urlsplit

import pytest

from bench.cache import redis_serving


def test_the_bench_serves_a_throwaway_redis_that_django_caches_in(tmp_path):
    from django.core.cache.backends.redis import RedisCache

    with redis_serving(work=tmp_path) as url:
        parts = urlsplit(url)
        assert parts.scheme == "redis" and parts.hostname == "127.0.0.1"
        cache = RedisCache(url, {})
        cache.set("page", b"cached body", timeout=60)
        assert cache.get("page") == b"cached body"

    with socket.socket() as probe, pytest.raises(ConnectionRefusedError):
        probe.connect(("127.0.0.1", parts.port))
    assert not (tmp_path / "dump.rdb").exists()  # nothing kept on disk
