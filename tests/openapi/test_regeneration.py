"""Regeneration on real spec history: every older snapshot generates every operation with zero
warnings, and the committed tree is exactly what the pinned spec regenerates."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from openapi.document import iter_operations
from openapi.generate import generate
from openapi.normalize import normalize
from tests.conftest import ROOT, SHARED_SPECS, require_spec

# One description per operation in the resource modules (``GET: Final[Operation[...]] = ...``),
# listed once in the operation table (``    bookings.GET,``).
DESCRIPTION = re.compile(r"^[A-Z][A-Z0-9_]*: Final\[\s*(Paged)?Operation\[", re.MULTILINE)
TABLE_ROW = re.compile(r"^    \w+\.[A-Z][A-Z0-9_]*,$", re.MULTILINE)


@pytest.mark.parametrize("name", ["2025-04-17", "2025-06-20", "2025-08-22"])
def test_older_snapshot_generates_every_operation_without_warnings(name: str, tmp_path: Path) -> None:
    raw = json.loads(require_spec(SHARED_SPECS / f"cal-api-v2-{name}.json").read_text())
    doc = normalize(raw)
    errors = generate(doc, tmp_path / "_generated")
    assert [f"{e.header}: {e.detail}" for e in errors] == []
    resources = (tmp_path / "_generated" / "resources").glob("*.py")
    described = [m for p in resources for m in DESCRIPTION.finditer(p.read_text())]
    assert len(described) == len(list(iter_operations(raw)))
    table = (tmp_path / "_generated" / "operations.py").read_text()
    assert len(TABLE_ROW.findall(table)) == len(described)


def test_committed_generated_code_matches_the_pinned_spec() -> None:
    lock = json.loads((ROOT / "openapi" / "spec.lock.json").read_text())
    source = Path(lock["source"])
    require_spec(source if source.is_absolute() else (ROOT / source).resolve())
    done = subprocess.run(
        [sys.executable, "-m", "openapi", "check"], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
