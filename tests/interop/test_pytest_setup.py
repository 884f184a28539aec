"""The README's pytest set-up (issue 20, item 3): a user's project made of the README's
``conftest.py`` and ``pyproject.toml`` runs with warnings as errors, and the plugin's fixtures work
in both pytest-asyncio modes, next to the user's own async fixtures written as the README says.

Each run is a separate pytest process on a temporary project (``tests.helpers.support.run_pytest``),
so this repository's own pytest configuration stays out of it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.helpers.support import REPO_ROOT, run_pytest
from tests.test_readme import BLOCKS

README = (REPO_ROOT / "README.md").read_text()
_PYPROJECT = re.compile(r"```toml\n# pyproject\.toml\n(.*?)```", re.DOTALL)

# A user's tests in auto mode: async fixtures with plain @pytest.fixture, no markers.
AUTO_TESTS = """
import pytest

from cal_async import CalClient
from cal_async.testing import FakeCal


@pytest.fixture
async def intro(cal_fake: FakeCal, cal_client: CalClient):
    cal_fake.add_event_type(slug="intro", length=30)
    return await cal_client.event_types.by_slug("intro", username=cal_fake.user.username)


async def test_the_client_acts_as_the_default_user(cal_client: CalClient) -> None:
    assert (await cal_client.me.get()).username == "fake-host"


async def test_a_users_async_fixture_shares_the_fake(intro, cal_client: CalClient) -> None:
    assert intro.slug == "intro" and intro.length_in_minutes == 30
    assert [t.slug for t in await cal_client.event_types.list()] == ["intro"]


def test_the_fake_alone(cal_fake: FakeCal) -> None:
    assert cal_fake.user.username == "fake-host"
"""

# The same in strict mode, written as the README says: @pytest_asyncio.fixture and markers.
STRICT_TESTS = (
    AUTO_TESTS.replace("import pytest\n", "import pytest\nimport pytest_asyncio\n", 1)
    .replace("@pytest.fixture\nasync", "@pytest_asyncio.fixture\nasync")
    .replace("\nasync def test_", "\n@pytest.mark.asyncio\nasync def test_")
)


def _readme_pyproject() -> str:
    found = _PYPROJECT.findall(README)
    assert len(found) == 1, "the README's testing section shows one pyproject.toml"
    return str(found[0])


def _project(tmp_path: Path, pyproject: str, tests: str) -> Path:
    (conftest,) = [b for b in BLOCKS if b.filename == "conftest.py"]
    (tmp_path / "conftest.py").write_text(conftest.code)
    (tmp_path / "pyproject.toml").write_text(pyproject)
    (tmp_path / "test_with_the_fake.py").write_text(tests)
    return tmp_path


def _run(project: Path) -> str:
    done = run_pytest(project, "-W", "error", "-rA")
    out = done.stdout + done.stderr
    assert done.returncode == 0, out
    assert "3 passed" in out and "warning" not in out.lower(), out
    return out


def test_the_readme_setup_is_auto_mode_with_the_loop_scope_set() -> None:
    config = _readme_pyproject()
    assert re.search(r'^asyncio_mode = "auto"', config, re.MULTILINE)
    assert re.search(r'^asyncio_default_fixture_loop_scope = "function"', config, re.MULTILINE)
    assert "@pytest_asyncio.fixture" in README and "@pytest.mark.asyncio" in README  # strict mode's way


def test_the_readme_setup_runs_without_a_warning(tmp_path: Path) -> None:
    _run(_project(tmp_path, _readme_pyproject(), AUTO_TESTS))


def test_the_fixtures_work_in_strict_mode_without_a_warning(tmp_path: Path) -> None:
    strict = _readme_pyproject().replace('asyncio_mode = "auto"', 'asyncio_mode = "strict"')
    assert 'asyncio_mode = "strict"' in strict
    _run(_project(tmp_path, strict, STRICT_TESTS))


@pytest.mark.parametrize(
    ("change", "tests", "failure"),
    [
        # Without the loop scope, pytest-asyncio warns (an error here): the README's line is needed.
        (('asyncio_default_fixture_loop_scope = "function"', ""), AUTO_TESTS, "asyncio_default_fixture_loop"),
        # In strict mode a plain @pytest.fixture async fixture fails, as the README warns.
        (('asyncio_mode = "auto"', 'asyncio_mode = "strict"'), AUTO_TESTS, "requested an async fixture"),
    ],
    ids=["no-loop-scope", "strict-with-plain-fixtures"],
)
def test_what_the_readme_warns_about_does_fail(
    tmp_path: Path, change: tuple[str, str], tests: str, failure: str
) -> None:
    pyproject = _readme_pyproject()
    assert change[0] in pyproject
    done = run_pytest(_project(tmp_path, pyproject.replace(change[0], change[1]), tests), "-W", "error")
    assert done.returncode != 0 and failure in done.stdout + done.stderr
