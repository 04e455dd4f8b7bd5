"""``make mutation``: run mutmut over the modules where a mistake costs money, then print
the score of each.

    python tests/mutation_score.py run [--jobs N]   # a fresh run, then the scores
    python tests/mutation_score.py report           # the scores of the last run

A module passes with at least 90% of its mutants killed, or when every survivor is listed
in ``tests/MUTATION.md`` with its reason (equivalent, or why it stays). The exit status is 1
when a module does neither, or when a mutant was not run.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTANTS = ROOT / "mutants"
NOTES = ROOT / "tests" / "MUTATION.md"
TARGET = 0.90


@dataclass(frozen=True)
class Module:
    """A mutated module, and which of its functions count (all when ``functions`` is empty)."""

    name: str
    dotted: str
    functions: tuple[str, ...] = ()

    @property
    def meta(self) -> Path:
        return MUTANTS / (self.dotted.replace(".", "/") + ".py.meta")

    def patterns(self) -> list[str]:
        """Mutant-name patterns for ``mutmut run``."""
        if not self.functions:
            return [f"{self.dotted}.*"]
        return [f"{self.dotted}.{function}__mutmut_*" for function in self.functions]

    def counts(self, mutant: str) -> bool:
        return any(fnmatch.fnmatchcase(mutant, pattern) for pattern in self.patterns())


# The client counts only its retry and idempotency paths: the rest of it (the base URL and
# key masking, the error texts) is another piece of work. The store's draft and mirror
# code will join this list once it has its own module.
MODULES = (
    Module("core/money", "leanrails_desktop.core.money"),
    Module("core/exports/csv", "leanrails_desktop.core.exports.csv"),
    Module("core/redact", "leanrails_desktop.core.redact"),
    Module(
        "core/api/client (retry + idempotency)",
        "leanrails_desktop.core.api.client",
        (
            "x?LeanRailsClient?request",
            "x?LeanRailsClient?_notify",
            "x?LeanRailsClient?_attempt",
            "x?LeanRailsClient?_connection_failure",
            "x?LeanRailsClient?_interpret",
            "x?LeanRailsClient?_retry_reason",
        ),
    ),
    # The retry timing (backoff, Retry-After, the wait) moved out of the client file.
    Module("core/api/retry", "leanrails_desktop.core.api.retry"),
    Module("core/link_form", "leanrails_desktop.core.link_form"),
    Module("core/redirect_url", "leanrails_desktop.core.redirect_url"),
    Module("sandbox/validation", "leanrails_desktop.sandbox.validation"),
    Module("sandbox/idempotency", "leanrails_desktop.sandbox.idempotency"),
)

KILLED = {1, 3, 24, -24, 36, 152, 255, -9, -11, 37}  # a failing test, a timeout or crash
NOT_RUN = {None}
_LISTED = re.compile(r"`(leanrails_desktop\.[\w.ǁ]+__mutmut_\d+)`")


@dataclass
class Score:
    module: Module
    total: int = 0
    killed: int = 0
    seconds: float = 0.0
    equivalent: int = 0
    not_run: int = 0
    unexplained: tuple[str, ...] = ()

    @property
    def rate(self) -> float:
        return self.killed / self.total if self.total else 1.0

    @property
    def passes(self) -> bool:
        return self.not_run == 0 and (self.rate >= TARGET or not self.unexplained)


def listed_equivalents() -> set[str]:
    """Mutant names that ``tests/MUTATION.md`` explains."""
    return set(_LISTED.findall(NOTES.read_text(encoding="utf-8"))) if NOTES.is_file() else set()


def score(module: Module, equivalents: set[str]) -> Score:
    data = json.loads(module.meta.read_text(encoding="utf-8"))
    result = Score(module)
    unexplained: list[str] = []
    for mutant, code in data["exit_code_by_key"].items():
        if not module.counts(mutant):
            continue
        result.total += 1
        result.seconds += data.get("durations_by_key", {}).get(mutant, 0.0)
        if code in KILLED:
            result.killed += 1
        elif code in NOT_RUN:
            result.not_run += 1
        elif mutant in equivalents:
            result.equivalent += 1
        else:
            unexplained.append(mutant)
    result.unexplained = tuple(sorted(unexplained))
    return result


def report() -> int:
    equivalents = listed_equivalents()
    scores = [score(module, equivalents) for module in MODULES]
    print(f"{'module':<40} {'mutants':>7} {'killed':>7} {'score':>7} {'explained':>9} "
          f"{'unexpl.':>7} {'test s':>7}")
    for s in scores:
        print(f"{s.module.name:<40} {s.total:>7} {s.killed:>7} {s.rate:>7.1%} "
              f"{s.equivalent:>9} {len(s.unexplained):>7} {s.seconds:>7.0f}")
    failed = [s for s in scores if not s.passes]
    for s in scores:
        if s.not_run:
            print(f"\n{s.module.name}: {s.not_run} mutants were not run")
        if s.unexplained:
            print(f"\n{s.module.name}: survivors not explained in tests/MUTATION.md "
                  "(`mutmut show NAME` shows each):")
            for name in s.unexplained:
                print(f"  {name}")
    print("\nall modules pass" if not failed else
          f"\nbelow {TARGET:.0%} with unexplained survivors: "
          + ", ".join(s.module.name for s in failed))
    return 1 if failed else 0


def run(jobs: int) -> int:
    shutil.rmtree(MUTANTS, ignore_errors=True)  # every run starts clean: no stale verdicts
    MUTANTS.mkdir()
    log = MUTANTS / "mutmut.log"
    names = [pattern for module in MODULES for pattern in module.patterns()]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    mutmut = Path(sys.executable).with_name("mutmut")
    started = time.monotonic()
    print(f"mutmut is running ({jobs} at a time); its output goes to {log.relative_to(ROOT)}")
    with log.open("w", encoding="utf-8") as out:
        done = subprocess.run(
            [str(mutmut), "run", "--max-children", str(jobs), *names],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, check=False,
        )
    minutes = (time.monotonic() - started) / 60
    print(f"mutmut finished in {minutes:.1f} minutes (exit status {done.returncode})\n")
    if done.returncode != 0:
        print(log.read_text(encoding="utf-8", errors="replace")[-3000:])
        return done.returncode
    return report()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("run", "report"))
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    return run(args.jobs) if args.command == "run" else report()


if __name__ == "__main__":
    sys.exit(main())
