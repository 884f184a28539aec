"""Shared test helpers: where the official spec snapshots live."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_SPECS = Path(os.environ.get("CAL_SPEC_DIR", ROOT.parent / "shared" / "openapi"))
CURRENT_SPEC = SHARED_SPECS / "cal-api-v2-2025-09-26.json"


def require_spec(path: Path = CURRENT_SPEC) -> Path:
    if not path.is_file():
        pytest.skip(f"official spec snapshot not found at {path} (set CAL_SPEC_DIR)")
    return path
