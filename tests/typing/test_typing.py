"""What a user's type checker sees: mypy --strict and pyright on user-style code.

- ``guide_positive.py``: ``assert_type`` on the results of the guide's operations; no error.
- ``user_mistakes.py``: every statement marked ``# error:`` is reported, and nothing else.
- The README's Python blocks type-check under ``mypy --strict`` (placeholders typed below).
- Every one of the 230 operations has a result annotation that resolves to real types.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import typing
from pathlib import Path
from typing import Any

import pytest

from cal_async import CalClient
from cal_async._generated import models
from cal_async._generated.operations import OPERATIONS
from openapi.document import X_METHOD, X_RESOURCE, iter_operations
from tests.operation_calls import normalised_spec
from tests.test_readme import BLOCKS

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PYRIGHT = ROOT / ".tools" / "node" / "node_modules" / ".bin" / "pyright"
_MYPY_LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): error: (?P<message>.*)$")


def _mypy(*paths: Path, cwd: Path = ROOT) -> list[tuple[str, int, str]]:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *map(str, paths)],
        capture_output=True,
        text=True,
        cwd=cwd,
    )
    errors = []
    for line in done.stdout.splitlines():
        if m := _MYPY_LINE.match(line):
            errors.append((Path(m["file"]).name, int(m["line"]), m["message"]))
    assert done.returncode in (0, 1), done.stdout + done.stderr
    return errors


def _pyright(*paths: Path) -> list[tuple[str, int, str]]:
    if not PYRIGHT.exists():
        pytest.skip("pyright is installed by `make prism` (package.json): run `make test`")
    done = subprocess.run(
        [str(PYRIGHT), "--outputjson", *map(str, paths)], capture_output=True, text=True, cwd=ROOT
    )
    report = json.loads(done.stdout)
    return [
        (Path(d["file"]).name, d["range"]["start"]["line"] + 1, d["message"])
        for d in report["generalDiagnostics"]
        if d["severity"] == "error"
    ]


def _marked_statements(path: Path) -> dict[int, range]:
    """Line of each statement marked ``# error:`` -> the lines it spans."""
    source = path.read_text()
    marked = {i for i, text in enumerate(source.splitlines(), 1) if re.search(r"\S.*# error:", text)}
    spans: dict[int, range] = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.stmt) and node.lineno in marked and node.end_lineno is not None:
            spans[node.lineno] = range(node.lineno, node.end_lineno + 1)
    assert set(spans) == marked, "a '# error:' marker must be on a statement's first line"
    return spans


def _check_mistakes(errors: list[tuple[str, int, str]], path: Path) -> None:
    spans = _marked_statements(path)
    mine = [(line, message) for file, line, message in errors if file == path.name]
    stray = [(line, m) for line, m in mine if not any(line in span for span in spans.values())]
    assert stray == [], f"errors outside the marked statements: {stray}"
    missed = [start for start, span in spans.items() if not any(line in span for line, _ in mine)]
    assert missed == [], f"mistakes not reported on lines {missed}"


def test_guide_types_under_mypy() -> None:
    assert _mypy(HERE / "guide_positive.py") == []


def test_guide_types_under_pyright() -> None:
    assert _pyright(HERE / "guide_positive.py") == []


def test_mistakes_are_reported_by_mypy() -> None:
    _check_mistakes(_mypy(HERE / "user_mistakes.py"), HERE / "user_mistakes.py")


def test_mistakes_are_reported_by_pyright() -> None:
    _check_mistakes(_pyright(HERE / "user_mistakes.py"), HERE / "user_mistakes.py")


# Names the README leaves to its reader, typed as an application would have them.
README_PREAMBLE = """\
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Protocol

from cal_async import CalClient, TokenPair
from cal_async.resources import Attendee


class _Request(Protocol):
    headers: Mapping[str, str]

    async def body(self) -> bytes: ...


org_id: int = 1
team_id: int = 2
support_team_id: int = 3
uid: str = "uid"
WEBHOOK_SECRET = "whsec"
client_id = secret_key = access_token = refresh_token = "x"
cal: CalClient
ada: Attendee
request: _Request


async def save_tokens(tokens: TokenPair) -> None: ...


async def enqueue_confirmation(uid: str) -> None: ...


"""


def test_readme_blocks_type_check(tmp_path: Path) -> None:
    files = []
    for block in BLOCKS:
        if block.filename:
            path = tmp_path / block.filename
            path.write_text(block.code)
        elif block.is_test:
            path = tmp_path / f"test_readme_line_{block.line}.py"
            path.write_text(block.code)
        else:  # a snippet with top-level await: the body of a coroutine, after the placeholders
            body = "".join(f"    {line}\n" if line.strip() else "\n" for line in block.code.splitlines())
            path = tmp_path / f"readme_line_{block.line}.py"
            path.write_text(README_PREAMBLE + "async def _snippet() -> None:\n" + body)
        files.append(path)
    errors = _mypy(*files, cwd=tmp_path)
    assert errors == [], "\n".join(f"{f}:{line}: {m}" for f, line, m in errors)


def _result_annotations() -> list[tuple[str, Any]]:
    client = CalClient("cal_" + "0" * 32, base_url="https://cal.invalid")
    namespace = {name: getattr(models, name) for name in models.__all__}
    out = []
    for info in OPERATIONS:
        target: Any = client
        for part in info.resource.split("."):
            target = getattr(target, part)
        # The generated method (helpers may override it with a narrower result, checked above).
        generated = next(
            c
            for c in type(target).__mro__
            if c.__module__.startswith("cal_async._generated") and info.method in vars(c)
        )
        method = vars(generated)[info.method]
        # Model names are imported under TYPE_CHECKING only: resolve them from the models package.
        hints = typing.get_type_hints(method, localns=namespace)
        out.append((f"{info.resource}.{info.method}", hints["return"]))
    return out


def test_every_operation_result_resolves_to_real_types() -> None:
    results = dict(_result_annotations())
    assert len(results) == 230
    untyped = {name for name, hint in results.items() if hint is Any}
    # Exactly the operations whose document gives the result no type return Any: no 2xx body,
    # or an envelope whose ``data`` has only a description.
    spec = normalised_spec()
    schemas = spec["components"]["schemas"]
    declared_untyped = set()
    for _path, _method, op in iter_operations(spec):
        bodies = [
            media.get("schema", {})
            for code, r in op.get("responses", {}).items()
            if code.startswith("2")
            for media in r.get("content", {}).values()
        ]
        result = bodies[0] if bodies else {}
        result = schemas[result["$ref"].rsplit("/", 1)[-1]] if "$ref" in result else result
        result = (
            result.get("properties", {}).get("data", result)
            if "status" in result.get("properties", {})
            else result
        )
        if not _TYPING_KEYS & result.keys():
            declared_untyped.add(".".join(op[X_RESOURCE]) + "." + op[X_METHOD])
    assert untyped == declared_untyped
    assert len(untyped) == 10, sorted(untyped)  # slots.get_reserved is typed by a server fact


_TYPING_KEYS = {"type", "$ref", "oneOf", "anyOf", "allOf", "properties", "items", "enum"}
