"""Counting and reporting the untyped exceptions a fuzz run finds, by type and origin."""

from __future__ import annotations

import collections
import traceback
from typing import Any

import pytest

from tests.adversarial.calls import Args, invoke

# Code another session owns and is rewriting (the generated client's templates, issue 9; the
# resources below belong to the helpers of issues 10/11): what the fuzz finds there is reported
# to them and marks the run xfail, while anything found in the rest of cal_async fails it.
ELSEWHERE = (
    "cal_async/_generated/",
    "cal_async/resources/event_types.py",
    "cal_async/resources/teams.py",
)


def origin(exc: BaseException) -> str:
    """The innermost ``cal_async`` frame of ``exc``'s traceback, as ``path:line``."""
    frames = traceback.extract_tb(exc.__traceback__)
    for frame in reversed(frames):
        if "/cal_async/" in frame.filename:
            return "cal_async/" + frame.filename.split("/cal_async/", 1)[1] + f":{frame.lineno}"
    return frames[-1].filename.rsplit("/", 1)[-1] if frames else "?"


class UntypedTally:
    """Untyped exceptions by ``type at origin``, with one example each, and every outcome."""

    def __init__(self) -> None:
        self.counts: collections.Counter[str] = collections.Counter()
        self.examples: dict[str, str] = {}
        self.outcomes: collections.Counter[str] = collections.Counter()
        self.cases = 0

    async def run(self, fn: Any, args: Args, label: str, typed: tuple[type[BaseException], ...]) -> str:
        """Call ``fn(*args)`` as one case; returns its outcome: "ok", the name of a ``typed``
        exception, or "untyped"."""
        self.cases += 1
        try:
            await invoke(fn, *args)
        except typed as exc:
            outcome = type(exc).__name__
        except Exception as exc:
            self.add(exc, label)
            return "untyped"
        else:
            outcome = "ok"
        self.outcomes[outcome] += 1
        return outcome

    def add(self, exc: BaseException, example: str) -> None:
        key = f"{type(exc).__name__} at {origin(exc)}"
        self.counts[key] += 1
        self.examples.setdefault(key, f"{example}: {str(exc)[:120]}")

    def total(self, *, elsewhere: bool | None = None) -> int:
        return sum(
            n for key, n in self.counts.items() if elsewhere is None or elsewhere == self._elsewhere(key)
        )

    @staticmethod
    def _elsewhere(key: str) -> bool:
        return any(f" at {prefix}" in key for prefix in ELSEWHERE)

    def print(self, headline: str) -> None:
        elsewhere = self.total(elsewhere=True)
        print(f"\n{headline}, untyped exceptions {self.total()} ({elsewhere} in code owned elsewhere)")
        print("  outcomes: " + ", ".join(f"{k} {v}" for k, v in self.outcomes.most_common()))
        for key, count in self.counts.most_common():
            print(f"  UNTYPED {count}x {key} e.g. {self.examples[key]}")

    def check(self) -> None:
        """Fail on any untyped exception from this code; xfail (listed) for code owned elsewhere."""
        mine = {k: n for k, n in self.counts.items() if not self._elsewhere(k)}
        assert mine == {}, mine
        if self.counts:
            pytest.xfail(
                f"{self.total()} untyped exceptions, all in code owned elsewhere (see the printed list)"
            )
