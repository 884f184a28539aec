"""The README's main job: the demo runs the whole flow against the in-process fake."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

from tests.conftest import ROOT


async def test_demo_runs_end_to_end(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CAL_API_KEY", raising=False)
    demo = runpy.run_path(str(Path(ROOT, "examples", "demo.py")), run_name="demo")
    assert await demo["main"]() == 0
    out = capsys.readouterr().out
    for line in (
        "BOOKING_CREATED: booking",
        "BOOKING_RESCHEDULED: booking",
        "BOOKING_CANCELLED: booking",
        "Done:",
    ):
        assert line in out
