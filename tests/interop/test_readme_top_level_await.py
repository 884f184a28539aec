"""The README says, before its first block with top-level ``await``, how to run such blocks
(issue 20, item 4), and both ways it names work on a README block: ``python -m asyncio`` fed the
block, and a script with the block inside ``async def main()`` run by ``asyncio.run``."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from tests.helpers.support import REPO_ROOT
from tests.test_readme import BLOCKS

README = (REPO_ROOT / "README.md").read_text()
_WRAPPER = re.compile(r"```text\n(import asyncio\n.*?asyncio\.run\(main\(\)\)\n)```", re.DOTALL)
_PLACEHOLDER = "    ...  # the example's lines, indented once\n"


def _fake_block() -> str:
    """The README's block that runs against an in-process fake, needing nothing from its reader."""
    (block,) = [b for b in BLOCKS if "async with FakeCal().client() as cal:" in b.code]
    return block.code


def _python(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    env.pop("CAL_API_KEY", None)
    return subprocess.run(
        [sys.executable, *args], input=stdin, env=env, capture_output=True, text=True, timeout=60
    )


def test_the_readme_says_how_before_the_first_await() -> None:
    note = README.index("python -m asyncio")
    first_await = min(README.index(b.code) for b in BLOCKS if "await " in b.code)
    assert note < first_await
    assert README.count("python -m asyncio") == 1  # said once
    assert _WRAPPER.search(README) is not None


def test_a_block_runs_in_the_asyncio_repl() -> None:
    done = _python("-m", "asyncio", stdin=_fake_block() + "\n")
    assert done.returncode == 0, done.stderr
    assert "fake-host" in done.stdout
    assert "Error" not in done.stdout + done.stderr, done.stdout + done.stderr


def test_a_block_runs_in_a_script_as_the_readme_wraps_it(tmp_path: Path) -> None:
    found = _WRAPPER.search(README)
    assert found is not None and _PLACEHOLDER in found.group(1)
    body = "".join(f"    {line}\n" if line.strip() else "\n" for line in _fake_block().splitlines())
    script = tmp_path / "script.py"
    script.write_text(found.group(1).replace(_PLACEHOLDER, body))
    done = _python(str(script))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "fake-host"
