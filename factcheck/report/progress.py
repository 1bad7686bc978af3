"""A progress bar on standard error for long runs at a terminal.

Shown only when more than ``THRESHOLD`` files are checked, the stream is a terminal and ``CI``
is not set; otherwise every call does nothing, so logs and pipes stay clean.
"""

from __future__ import annotations

import os
import shutil
import time
from typing import Mapping, TextIO

THRESHOLD = 20
_INTERVAL = 0.05  # seconds between redraws


def wanted(total: int, stream: TextIO, environ: Mapping[str, str] = os.environ) -> bool:
    isatty = getattr(stream, "isatty", None)
    return total > THRESHOLD and bool(isatty and isatty()) and not environ.get("CI")


class Progress:
    def __init__(self, total: int, stream: TextIO, enabled: bool):
        self.total, self.stream, self.enabled = total, stream, enabled
        self._drawn = False
        self._last = 0.0

    def update(self, done: int, label: str = "") -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if done < self.total and now - self._last < _INTERVAL:
            return
        self._last = now
        width = shutil.get_terminal_size((80, 24)).columns - 1
        bar_width = 24
        filled = bar_width * done // max(self.total, 1)
        line = f"[{'#' * filled}{'.' * (bar_width - filled)}] {done}/{self.total} {label}"
        self.stream.write("\r" + line[:width].ljust(width))
        self.stream.flush()
        self._drawn = True

    def clear(self) -> None:
        """Blank the bar (before another line is written to the stream, and at the end)."""
        if self.enabled and self._drawn:
            width = shutil.get_terminal_size((80, 24)).columns - 1
            self.stream.write("\r" + " " * width + "\r")
            self.stream.flush()
            self._drawn = False
