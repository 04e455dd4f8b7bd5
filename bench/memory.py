"""Resident memory of the current process, in megabytes (MiB)."""

from __future__ import annotations

import resource
import sys
from pathlib import Path

_STATUS = Path("/proc/self/status")


def resident_memory() -> dict[str, float]:
    """``peak_mb`` (VmHWM) and ``rss_mb`` (VmRSS); from getrusage where /proc is missing."""
    if _STATUS.exists():
        fields: dict[str, float] = {}
        for line in _STATUS.read_text().splitlines():
            name, _, value = line.partition(":")
            if name in ("VmHWM", "VmRSS"):
                fields[name] = int(value.split()[0]) / 1024  # kB → MiB
        if "VmHWM" in fields and "VmRSS" in fields:
            return {"peak_mb": fields["VmHWM"], "rss_mb": fields["VmRSS"]}
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports kilobytes, macOS bytes.
    peak_mb = peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
    return {"peak_mb": peak_mb, "rss_mb": peak_mb}
