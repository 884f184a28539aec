"""The pytest plugin as a user enables it, in a separate pytest run of a small project.

The README's own project (conftest, ``myapp.py`` and its test) runs in ``tests/test_readme.py``;
here the plugin is loaded with ``-p`` under pytest-asyncio's default *strict* mode, where only
``@pytest.mark.asyncio`` tests and ``pytest_asyncio.fixture`` fixtures run on the event loop."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
import textwrap
import tomllib
from pathlib import Path

from tests.helpers.support import REPO_ROOT, run_pytest

TEST_STRICT = """
import pytest


@pytest.mark.asyncio
async def test_the_default_user_and_a_seeded_one(cal_fake, cal_client):
    me = await cal_client.me.get()
    assert me.username == cal_fake.user.username  # cal_client acts as the fake's default user
    ada = cal_fake.add_user("ada")
    async with cal_fake.client(api_key=cal_fake.add_api_key(ada).key) as as_ada:
        assert (await as_ada.me.get()).username == "ada"


def test_the_fake_is_a_plain_fixture(cal_fake):
    assert cal_fake.user.username == "fake-host"
"""


def test_plugin_in_strict_mode_loaded_with_dash_p(tmp_path: Path) -> None:
    (tmp_path / "test_strict.py").write_text(textwrap.dedent(TEST_STRICT).lstrip())
    (tmp_path / "pytest.ini").write_text(
        "[pytest]\nasyncio_mode = strict\nasyncio_default_fixture_loop_scope = function\n"
    )
    result = run_pytest(tmp_path, "-p", "cal_async.testing.pytest_plugin")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout


def _third_party_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return {n for n in names if n not in sys.stdlib_module_names and n not in ("cal_async", "httpx", "attrs")}


def test_the_testing_extra_installs_what_the_plugin_and_server_import() -> None:
    extra = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    required = {re.split(r"[<>=!~\[ ]", spec)[0].lower() for spec in extra["testing"]}
    distributions = importlib.metadata.packages_distributions()
    testing = REPO_ROOT / "cal_async" / "testing"
    imported = _third_party_imports(testing / "pytest_plugin.py") | _third_party_imports(testing / "serve.py")
    assert imported >= {"pytest", "pytest_asyncio", "uvicorn"}
    for module in imported:
        assert {d.lower() for d in distributions[module]} & required, f"{module} is not in the testing extra"
