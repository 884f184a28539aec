"""Fixtures of the Prism contract suite: the official document, its normalised form, Prism itself.

Prism and the document live outside the package (``make prism`` installs Prism into
``.tools/node``; the document is ``../shared/openapi/cal-api-v2-2025-09-26.json``). When either is
missing the suite is skipped with the reason, unless ``CAL_CONTRACT_REQUIRED=1`` (set by
``.ci/run``), in which case it fails: CI must never pass by skipping it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cal_async._generated.operations import OPERATIONS
from openapi.document import iter_operations
from openapi.normalize import normalize

from .calls import SUMMARY
from .instances import InstanceGenerator
from .prism import PrismUnavailable, prism_executable, run_prism

ROOT = Path(__file__).resolve().parents[2]
SPEC = Path(os.environ.get("CAL_SPEC_DIR", ROOT.parent / "shared" / "openapi")) / "cal-api-v2-2025-09-26.json"


def _unavailable(reason: str) -> None:
    if os.environ.get("CAL_CONTRACT_REQUIRED") == "1":
        pytest.fail(f"contract suite required (CAL_CONTRACT_REQUIRED=1) but {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def spec_path() -> Path:
    if not SPEC.is_file():
        _unavailable(f"official spec snapshot not found at {SPEC} (set CAL_SPEC_DIR)")
    return SPEC


@pytest.fixture(scope="session")
def raw_spec(spec_path: Path) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(spec_path.read_text())
    return doc


@pytest.fixture(scope="session")
def normalized(raw_spec: dict[str, Any]) -> dict[str, Any]:
    """The document as the SDK was generated from it (parameter names, types, server facts)."""
    return normalize(raw_spec)


@pytest.fixture(scope="session")
def spec_ops(normalized: dict[str, Any]) -> dict[str, Any]:
    """operation id -> the normalised operation."""
    norm = normalized
    by_route = {(method.upper(), path): op for path, method, op in iter_operations(norm)}
    return {info.operation_id: by_route[(info.http_method, info.path)] for info in OPERATIONS}


@pytest.fixture(scope="session")
def generator(normalized: dict[str, Any]) -> InstanceGenerator:
    return InstanceGenerator(normalized)


@pytest.fixture(scope="session")
def prism_ready() -> Path:
    try:
        return prism_executable()
    except PrismUnavailable as exc:
        _unavailable(str(exc))
        raise


@pytest.fixture(scope="session")
def prism_static(
    prism_ready: Path, spec_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """Prism in static mode (answers from the document's examples) on the official document."""
    log = tmp_path_factory.mktemp("prism") / "static.log"
    with run_prism(spec_path, log) as base_url:
        yield base_url


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if SUMMARY:
        terminalreporter.section("Prism contract suite")
        for line in SUMMARY:
            terminalreporter.write_line(line)
