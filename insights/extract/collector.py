"""Python's cycle collector, paused while many long-lived objects with no cycles pile up.

The collector runs every few hundred new objects and walks all those alive. An extraction's
numbers, members and facts, and a table build's records, live to the end of the work and hold
no cycles, so it walked them again and again for nothing (1.3-1.6 s of a 1 MB list of sizes, a
sixth of a 10k-model build). Refcounting still frees them.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """No cycle collection inside; the collector's state is restored after, also on an error.
    A decorator too: ``@no_cycle_collection()``."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
