"""Shared values and the client class of the helper tests.

``CalClient`` lists ``CalClient`` first so the class stays valid once ``CalClient`` itself
derives from ``ExtendedResources`` (the other order would then have no consistent MRO).
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
API = "https://api.cal.com"
KEY = "cal_" + "0" * 32
#: A Monday, 08:00 UTC: the fake's default schedule is Monday-Friday 09:00-17:00.
NOW = datetime(2030, 1, 7, 8, 0, tzinfo=UTC)


def run_pytest(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run pytest in a separate process on ``project`` (a user's project, with its own pytest.ini so
    this repo's configuration stays out), importing this worktree's ``cal_async``."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO_ROOT), str(project)])}
    env.pop("CAL_API_KEY", None)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args, str(project)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
