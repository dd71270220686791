"""The one worker helper: run a function on the thread pool, results and errors back as signals."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Cancelled(Exception):
    """Raised inside a job (by ``check``) when it was cancelled."""


class JobSignals(QObject):
    """Signals of one job; they are delivered on the GUI thread (queued connections)."""

    sig_progress = Signal(float)
    sig_result = Signal(object)
    sig_error = Signal(str)
    sig_finished = Signal()


class Job(QRunnable):
    """``fn(progress, is_cancelled)`` on a pool thread. Never touches widgets or sessions."""

    def __init__(self, fn: Callable[[Callable[[float], None], Callable[[], bool]], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the Worker keeps the reference until it finishes
        self.signals = JobSignals()
        self._fn = fn
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._fn(self.signals.sig_progress.emit, self.is_cancelled)
            if not self.is_cancelled():
                self.signals.sig_result.emit(result)
        except Cancelled:
            pass
        except Exception as exc:  # shown to the user as one line, never a traceback
            from app.services.messages import user_message

            self.signals.sig_error.emit(user_message(exc))
        finally:
            self.signals.sig_finished.emit()


class Worker(QObject):
    """Runs one job at a time per purpose: starting a new one cancels the previous one.

    ``sig_idle`` is emitted when the last running job has finished.
    """

    sig_idle = Signal()

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._current: Job | None = None
        self._running: set[Job] = set()

    def start(
        self,
        fn: Callable[[Callable[[float], None], Callable[[], bool]], Any],
        on_result: Callable[[Any], None],
        on_error: Callable[[str], None] | None = None,
        on_progress: Callable[[float], None] | None = None,
    ) -> Job:
        if self._current is not None:
            self._current.cancel()
        job = Job(fn)
        job.signals.sig_result.connect(
            lambda r, j=job: on_result(r) if j is self._current else None
        )
        if on_error is not None:
            job.signals.sig_error.connect(on_error)
        if on_progress is not None:
            job.signals.sig_progress.connect(on_progress)
        job.signals.sig_finished.connect(lambda j=job: self._done(j))
        self._current = job
        self._running.add(job)
        self._pool.start(job)
        return job

    def cancel(self) -> None:
        if self._current is not None:
            self._current.cancel()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = 5000) -> bool:
        """Wait for running jobs (tests, shutdown)."""
        return self._pool.waitForDone(msecs)

    def _done(self, job: Job) -> None:
        self._running.discard(job)
        if job is self._current:
            self._current = None
        if not self._running:
            self.sig_idle.emit()
