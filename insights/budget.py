"""A wall-clock budget for the work on one document, in whatever thread does it.

Reading and extracting one document is pure Python (regex calls carry their own timeouts), so
a watchdog timer can stop it where it stands: at the deadline it raises ``TookTooLong`` in the
working thread, which unwinds like any exception and leaves nothing half stored (documents are
stored after the budget ends). ``TookTooLong`` is a ``BaseException`` so that the broad
``except Exception`` of a parsing library cannot swallow it.
"""

from __future__ import annotations

import ctypes
import heapq
import os
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


class _Watchdog:
    """One daemon thread that keeps every thread's deadlines and fires the ones that pass.

    Starting a thread per document cost a millisecond or more each (the new thread must get
    the interpreter lock from the working one): 0.14 s of the bundled corpus's 0.87 s build.
    """

    def __init__(self) -> None:
        self._wake = threading.Condition()
        self._due: list[tuple[float, int, dict]] = []  # (deadline, order, entry), a heap
        self._order = 0
        self._pid = 0  # the process whose thread runs: a forked child starts its own

    def add(self, deadline: float, thread_id: int) -> dict:
        entry = {"thread": thread_id, "active": True, "fired": False}
        with self._wake:
            if self._pid != os.getpid():
                self._pid = os.getpid()
                self._due.clear()
                threading.Thread(target=self._run, name="insights-budget", daemon=True).start()
            self._order += 1
            heapq.heappush(self._due, (deadline, self._order, entry))
            self._wake.notify()
        return entry

    def cancel(self, entry: dict) -> bool:
        """Stop ``entry`` from firing; whether it had fired already."""
        with self._wake:
            entry["active"] = False
            if entry["fired"]:
                _raise_in(entry["thread"], None)  # not delivered yet: it must not land later
            return entry["fired"]

    def _run(self) -> None:
        with self._wake:
            while True:
                while self._due and not self._due[0][2]["active"]:
                    heapq.heappop(self._due)
                if not self._due:
                    self._wake.wait()
                    continue
                left = self._due[0][0] - time.monotonic()
                if left > 0:
                    self._wake.wait(left)
                    continue
                entry = heapq.heappop(self._due)[2]
                entry["fired"] = True
                _raise_in(entry["thread"], TookTooLong)


_watchdog = _Watchdog()


@contextmanager
def time_limit(seconds: float | None):
    """Run the body within ``seconds`` of wall-clock time, else raise ``TookTooLong`` in it.

    ``None`` or a value <= 0 means no limit. A long C call (a regex match, a parser) is
    interrupted when it returns to Python.
    """
    if seconds is None or seconds <= 0:
        yield
        return
    started = time.monotonic()
    stack = _deadlines.__dict__.setdefault("stack", [])
    stack.append(started + seconds)
    entry = _watchdog.add(started + seconds, threading.get_ident())
    try:
        yield
    finally:
        stack.pop()
        fired = _watchdog.cancel(entry)
        if fired and time.monotonic() - started >= seconds:
            # The work ran out of time (its result, if any, came too late to be trusted).
            raise TookTooLong


__all__ = ["DEFAULT_SECONDS", "TookTooLong", "remaining", "time_limit"]
