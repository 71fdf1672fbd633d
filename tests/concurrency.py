"""Run actions at the same moment in real threads, each with its own database connection."""

import threading
from collections.abc import Callable

from django.db import connections


def run_prepared_together(*preparations: Callable[[], Callable], timeout: float = 120) -> list:
    """Each preparation runs in its own thread and returns an action; the actions are released
    together. Returns what each action returned or raised (a failed preparation's error too)."""
    barrier = threading.Barrier(len(preparations))
    outcomes: list = [None] * len(preparations)

    def run(index, prepare):
        try:
            action = prepare()
            barrier.wait(timeout=timeout)
            outcomes[index] = action()
        except Exception as error:  # noqa: BLE001 - a refusal is the outcome under test
            outcomes[index] = error
            barrier.abort()  # a failed preparation must not leave the others waiting
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i, p)) for i, p in enumerate(preparations)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def run_together(*actions: Callable) -> list:
    """Run each action in its own thread, released at once; what each returned or raised."""
    return run_prepared_together(*[(lambda action=action: action) for action in actions])
