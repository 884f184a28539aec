"""Every ```python block of README.md runs against the fake, as a newcomer would paste it.

- A block that names its file (``# conftest.py`` as its first line, or ``(`myapp.py`)`` in the
  paragraph just before it) is a file of a small project; a block that defines ``test_*``
  functions is run by pytest in a subprocess, in a project made of every named block.
- Every other block runs on its own, top-level ``await`` allowed, with the placeholders below: the
  names the README leaves to the reader (``org_id``, ``WEBHOOK_SECRET``, ``request``, ...) and the
  ones earlier blocks define (``cal``, ``ada``, ``date``, ...). ``CalClient()`` finds the fake
  through ``CAL_API_KEY``/``CAL_API_URL``: it is served on a local port for the test.

A new block that needs another placeholder fails with a NameError naming it: add it to
``placeholders``.
"""

from __future__ import annotations

import ast
import inspect
import re
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import attrs
import pytest

from cal_async import CalClient
from cal_async.resources import Attendee
from cal_async.testing import FakeCal, serve
from tests.helpers.support import REPO_ROOT, run_pytest

README = REPO_ROOT / "README.md"
WEBHOOK_SECRET = "whsec-readme"
_FILE_COMMENT = re.compile(r"^#\s*([\w./-]+\.py)\s*$")
_FILE_PROSE = re.compile(r"\(`([\w./-]+\.py)`\)")


@attrs.frozen
class Block:
    line: int
    code: str
    filename: str | None

    @property
    def is_test(self) -> bool:
        return re.search(r"^(async )?def test_", self.code, re.MULTILINE) is not None


def _paragraph_before(lines: list[str], index: int) -> str:
    """The prose paragraph right above line ``index`` (a fence)."""
    end = index
    while end > 0 and not lines[end - 1].strip():
        end -= 1
    start = end
    while start > 0 and lines[start - 1].strip() and not lines[start - 1].startswith("```"):
        start -= 1
    return " ".join(lines[start:end])


def readme_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        if lines[index].strip() != "```python":
            index += 1
            continue
        start = index + 1
        end = next(i for i in range(start, len(lines)) if lines[i].strip() == "```")
        code = "\n".join(lines[start:end]) + "\n"
        first = lines[start] if start < end else ""
        named = _FILE_COMMENT.match(first) or _FILE_PROSE.search(_paragraph_before(lines, index))
        blocks.append(Block(start + 1, code, named.group(1) if named else None))
        index = end + 1
    return blocks


BLOCKS = readme_blocks(README.read_text())


def test_the_readme_has_blocks_to_run() -> None:
    assert len(BLOCKS) >= 10
    assert {b.filename for b in BLOCKS if b.filename} >= {"conftest.py", "myapp.py"}


class DeliveredRequest:
    """What a web framework hands a webhook route: the raw body and the headers of a real delivery."""

    def __init__(self, body: bytes, headers: dict[str, str]) -> None:
        self._body = body
        self.headers = headers

    async def body(self) -> bytes:
        return self._body


@attrs.define
class World:
    fake: FakeCal
    url: str
    names: dict[str, Any]


async def _seed(fake: FakeCal) -> dict[str, Any]:
    """An organization ``acme`` with a team ``sales`` of users 101-103 (the README's host ids), the
    default user as its admin with a connected calendar, one booking and one signed delivery."""
    org = fake.add_org("acme", admins=[fake.user])
    people = [fake.add_user(name, id=user_id) for name, user_id in (("ann", 101), ("ben", 102), ("cy", 103))]
    team = fake.add_team(org, "sales", members=[fake.user, *people])
    support = fake.add_team(None, "support")  # a team outside any organization, run by the user
    fake.add_member(support, fake.user, role="ADMIN")
    busy_from = datetime(2030, 1, 8, 13, tzinfo=UTC)
    fake.add_calendar(external_id="host@example.com", busy=[(busy_from, busy_from + timedelta(hours=2))])
    fake.add_webhook(
        subscriber_url="https://example.com/hook", triggers=["BOOKING_CREATED"], secret=WEBHOOK_SECRET
    )
    et = fake.add_event_type(slug="readme-seed", length=30)
    async with fake.http_client() as http:
        created = await http.post(
            "/v2/bookings",
            headers={"cal-api-version": "2024-08-13"},
            json={
                "eventTypeId": et.id,
                "start": "2030-01-07T09:00:00Z",
                "attendee": {"name": "Grace", "email": "grace@example.com", "timeZone": "UTC"},
            },
        )
    assert created.status_code == 201, created.text
    delivery = fake.deliveries[-1]
    fake.add_api_key(key="cal_live_...")  # the README's literal key, so its runtime block can call out
    return {
        "org_id": org.id,
        "team_id": team.id,
        "support_team_id": support.id,
        "uid": created.json()["data"]["uid"],
        "request": DeliveredRequest(delivery.body, dict(delivery.headers)),
    }


async def _noop(*_args: Any, **_kwargs: Any) -> None:
    return None


@pytest.fixture
async def world(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[World]:
    fake = FakeCal()
    seeded = await _seed(fake)
    async with serve(fake) as url, fake.client() as cal:
        monkeypatch.setenv("CAL_API_KEY", fake.api_key)
        monkeypatch.setenv("CAL_API_URL", url)
        names: dict[str, Any] = {
            # Left to the reader by the README.
            **seeded,
            "WEBHOOK_SECRET": WEBHOOK_SECRET,
            "client_id": "readme-client-id",
            "secret_key": "readme-secret-key",
            "access_token": "readme-access-token",
            "refresh_token": "readme-refresh-token",
            "save_tokens": _noop,
            "enqueue_confirmation": _noop,
            # Defined by earlier blocks, which the later ones continue.
            "cal": cal,
            "ada": Attendee("Ada Lovelace", "America/New_York", email="ada@example.com"),
            "date": date,
            "datetime": datetime,
            "timedelta": timedelta,
            "UTC": UTC,
        }
        yield World(fake, url, names)
    assert fake.errors == [], fake.errors


async def _run_snippet(block: Block, names: dict[str, Any]) -> dict[str, Any]:
    namespace = {"__name__": f"readme_line_{block.line}", **names}
    code = compile(block.code, f"README.md:{block.line}", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    result = eval(code, namespace)  # the README's own code, run as its reader would
    if inspect.iscoroutine(result):
        await result
    # Clients a block made and left open (the README shows construction, not cleanup).
    for name, value in namespace.items():
        if isinstance(value, CalClient) and value is not names.get(name):
            await value.aclose()
    return namespace


def _run_project(block: Block, tmp_path: Path) -> None:
    """The user's project: every named block as its file, this block as a test module."""
    for other in BLOCKS:
        if other.filename:
            (tmp_path / other.filename).write_text(other.code)
    (tmp_path / f"test_readme_line_{block.line}.py").write_text(block.code)
    (tmp_path / "pytest.ini").write_text("[pytest]\nasyncio_default_fixture_loop_scope = function\n")
    result = run_pytest(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("block", BLOCKS, ids=[f"line{b.line}" for b in BLOCKS])
async def test_readme_block_runs(block: Block, world: World, tmp_path: Path) -> None:
    if block.is_test:
        pytest.importorskip("fastapi")
        _run_project(block, tmp_path)
        return
    if "fastapi" in block.code:
        pytest.importorskip("fastapi")
    await _run_snippet(block, world.names)
