"""The background worker, run in the test's process until no task is ready."""

import signal

from django.core.management import call_command


def run_worker(backend: str = "background") -> None:
    """Run `db_worker --batch` on `backend`: every ready task, then return."""
    # The worker installs its own SIGINT/SIGTERM handlers; give pytest its own back.
    saved = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT)}
    try:
        call_command(
            "db_worker",
            "--batch",
            f"--backend={backend}",
            "--no-startup-delay",
            "--no-reload",
            verbosity=0,
        )
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler)
