"""Optional libraries cost nothing until used: ``import cal_async`` imports neither httpx2 nor pydantic."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import ROOT

PROBE = """
import json, sys
import cal_async
from cal_async import CalClient
from cal_async.types import BookingOutput
from cal_async.pagination import Page
import cal_async.testing
CalClient("cal_" + "a" * 32)  # the default client: httpx
BookingOutput.from_dict({"id": 1}).to_dict()
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules})))
"""


def test_httpx2_and_pydantic_stay_unimported_until_used() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("CAL_HTTP_BACKEND", None)
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, check=True, timeout=60
    )
    loaded = set(json.loads(result.stdout))
    assert "httpx" in loaded
    assert not loaded & {"httpx2", "httpcore2", "pydantic", "pydantic_core", "fastapi", "starlette"}
