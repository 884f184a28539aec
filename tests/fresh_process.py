"""Running code in a fresh interpreter that imports this checkout's ``cal_async``: what importing
costs can only be seen from a process that has imported nothing yet."""

from __future__ import annotations

import ast
import os
import subprocess
import sys

from tests.conftest import ROOT


def run_python(code: str) -> str:
    """What ``code`` prints, stripped; a failure raises with its stderr."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def modules_loaded(code: str, *prefixes: str) -> list[str]:
    """The modules starting with one of ``prefixes`` that are imported once ``code`` has run."""
    found = run_python(
        f"import sys\n{code}\nprint(sorted(m for m in sys.modules if m.startswith({prefixes!r})))"
    )
    names: list[str] = ast.literal_eval(found.splitlines()[-1])
    return names
