"""`make demo` installs what the demo needs, the package and its testing extra, not the dev extra
(issue 20, item 11); the targets that lint and test keep installing the dev extra.

Two checks: what `make -n -B` says each target would install (nothing is run), and that the demo,
run for real, imports nothing outside what `pip install -e '.[testing]'` brings.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from importlib import metadata

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.conftest import ROOT

needs_make = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
_INSTALL = re.compile(r"pip install .*-e '\.\[([\w,-]+)\]'")


def _installs(target: str) -> list[str]:
    """The extras of every ``pip install -e '.[...]'`` that ``make <target>`` would run from scratch."""
    out = subprocess.run(
        ["make", "--no-print-directory", "-n", "-B", target],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert out.returncode == 0, out.stderr
    return [extra for line in out.stdout.splitlines() for extra in _INSTALL.findall(line)]


@needs_make
def test_make_demo_installs_the_package_with_the_testing_extra_only() -> None:
    assert _installs("demo") == ["testing"]


@needs_make
@pytest.mark.parametrize("target", ["install", "test", "lint", "regen", "bench"])
def test_the_other_targets_install_the_dev_extra(target: str) -> None:
    assert _installs(target) == ["dev"]


def _closure(name: str, extras: frozenset[str] = frozenset()) -> set[str]:
    """Every distribution ``pip install name[extras]`` installs here (by canonical name)."""
    seen: set[str] = set()
    todo = [(name, extras)]
    while todo:
        dist_name, wanted = todo.pop()
        key = canonicalize_name(dist_name)
        if key in seen and not wanted:
            continue
        seen.add(key)
        for line in metadata.requires(dist_name) or []:
            requirement = Requirement(line)
            marker = requirement.marker
            if marker is None or any(marker.evaluate({"extra": extra}) for extra in (*wanted, "")):
                todo.append((requirement.name, frozenset(requirement.extras)))
    return seen


# The demo in an interpreter where the modules of every other installed distribution cannot be
# imported, as in a venv made by `make demo`: optional imports (httpx's ``rich``, anyio's
# ``sniffio``) fall back as they would there, and a real need fails the run.
_RUN_DEMO = """
import asyncio, json, runpy, sys

blocked = set(json.loads(sys.argv[1]))


class NotInstalled:
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in blocked:
            raise ModuleNotFoundError(f"No module named {name!r} (not installed by make demo)", name=name)
        return None


sys.meta_path.insert(0, NotInstalled())
demo = runpy.run_path("examples/demo.py", run_name="demo")
assert asyncio.run(demo["main"]()) == 0
"""


def test_the_demo_runs_with_only_what_the_testing_extra_installs() -> None:
    allowed = _closure("cal-async", frozenset({"testing"}))
    assert {"httpx", "pytest", "uvicorn"} <= allowed and not {"mypy", "fastapi", "respx"} & allowed
    blocked = sorted(
        module
        for module, dists in metadata.packages_distributions().items()
        if not {canonicalize_name(d) for d in dists} & allowed
    )
    assert {"fastapi", "mypy", "respx", "httpx2"} <= set(blocked)
    env = {k: v for k, v in os.environ.items() if k not in ("CAL_API_KEY", "CAL_HTTP_BACKEND")}
    done = subprocess.run(
        [sys.executable, "-c", _RUN_DEMO, json.dumps(blocked)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Done: the whole flow ran through cal-async." in done.stdout
