"""A wall-clock budget for the work on one document, in whatever thread does it.

Reading and extracting one document is pure Python (regex calls carry their own timeouts), so
a watchdog timer can stop it where it stands: at the deadline it raises ``TookTooLong`` in the
working thread, which unwinds like any exception and leaves nothing half stored (documents are
stored after the budget ends). ``TookTooLong`` is a ``BaseException`` so that the broad
``except Exception`` of a parsing library cannot swallow it.
"""

from __future__ import annotations

import ctypes
import threading
import time
from contextlib import contextmanager

DEFAULT_SECONDS = 30.0
_deadlines = threading.local()  # each thread's stack of deadlines (time.monotonic values)


class TookTooLong(BaseException):  # noqa: N818 - reads as the reason it gives
    """A document's reading and extraction ran past its budget."""


def _raise_in(thread_id: int, exc_type: type[BaseException] | None) -> int:
    return ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exc_type) if exc_type else None
    )


def remaining(default: float) -> float:
    """Seconds left before the innermost ``time_limit`` of this thread ends (at most
    ``default``): for code that waits in C (a child process, a socket) where the watchdog's
    exception cannot land until the wait returns."""
    stack = getattr(_deadlines, "stack", None)
    if not stack:
        return default
    return max(0.0, min(default, stack[-1] - time.monotonic()))


@contextmanager
def time_limit(seconds: float | None):
    """Run the body within ``seconds`` of wall-clock time, else raise ``TookTooLong`` in it.

    ``None`` or a value <= 0 means no limit. A long C call (a regex match, a parser) is
    interrupted when it returns to Python.
    """
    if seconds is None or seconds <= 0:
        yield
        return
    thread_id = threading.get_ident()
    lock = threading.Lock()
    state = {"active": True, "fired": False}

    def fire() -> None:
        with lock:
            if state["active"]:
                state["fired"] = True
                _raise_in(thread_id, TookTooLong)

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    started = time.monotonic()
    stack = _deadlines.__dict__.setdefault("stack", [])
    stack.append(started + seconds)
    timer.start()
    try:
        yield
    finally:
        stack.pop()
        with lock:
            state["active"] = False
            timer.cancel()
            if state["fired"]:
                _raise_in(thread_id, None)  # not delivered yet: it must not land later
        if state["fired"] and time.monotonic() - started >= seconds:
            # The work ran out of time (its result, if any, came too late to be trusted).
            raise TookTooLong


__all__ = ["DEFAULT_SECONDS", "TookTooLong", "remaining", "time_limit"]
