"""The bench's machinery for real: gunicorn with the repository's config serves the bare Django
view (the ceiling) and wrk loads it; the figures come back without errors."""

from bench.load import wrk_run
from bench.server import gunicorn_serving, workers_peak_memory_mb


def test_wrk_loads_the_ceiling_under_the_shops_gunicorn_config(tmp_path):
    log = tmp_path / "gunicorn.log"

    with gunicorn_serving(app="bench.ceiling", env={}, log=log, probe_path="/", workers=1) as (
        base,
        pid,
    ):
        result = wrk_run(url=base + "/", seconds=1, connections=2)
        memory = workers_peak_memory_mb(master_pid=pid)

    assert result.requests > 50
    assert result.rps > 50
    assert result.errors == 0 and result.non_2xx == 0
    assert len(memory) == 1 and 10 < memory[0] < 300
    assert 0 < result.p50_ms <= result.p95_ms <= result.p99_ms
    # The repository's config/gunicorn.py served it: its JSON access lines, one per request.
    assert log.read_text().count('"name": "gunicorn.access"') >= result.requests
