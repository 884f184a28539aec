"""Where the OpenAPI document comes from: a path or URL the maintainer names, or the first of the
published sources that answers with an OpenAPI document.

The server mounts Swagger at ``/v2/docs`` (the JSON at ``/v2/docs-json``) only when it runs without
an external docs URL (``if (!process.env.DOCS_URL) SwaggerModule.setup("docs", ...)`` in
calcom/cal.com ``apps/api/v2/src/swagger/generate-swagger.ts``), so the live host may not serve it.
The same generator writes the document into the docs site (``docs/api-reference/v2/openapi.json``),
which publishes it under ``https://cal.com/docs`` (the site's ``docs.json``: ``"openapi":
{"source": "/api-reference/v2/openapi.json"}``). :data:`DEFAULT_SOURCES` tries them in that order.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path

__all__ = ["DEFAULT_SOURCES", "OFFLINE_HINT", "SpecSourceError", "first_answering", "is_url", "read_source"]

DEFAULT_SOURCES: tuple[str, ...] = (
    "https://api.cal.com/v2/docs-json",
    "https://cal.com/docs/api-reference/v2/openapi.json",
)

OFFLINE_HINT = (
    "Use SPEC=<path or URL of a copy of the document> (make spec/regen), or --spec with python -m openapi, "
    "e.g. SPEC=../shared/openapi/cal-api-v2-2025-09-26.json"
)


class SpecSourceError(Exception):
    """No document could be read from the source(s): the message names each one and why."""


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def _fetch(url: str, timeout: float) -> bytes:
    request = urllib.request.Request(url, headers={"Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as resp:
        data: bytes = resp.read()
        return data


def _problem(raw: bytes) -> str | None:
    """Why ``raw`` is not an OpenAPI document (None when it is one)."""
    try:
        doc = json.loads(raw)
    except ValueError:
        start = raw.lstrip()[:15].lower()
        looks = "an HTML page" if start.startswith((b"<!doctype", b"<html")) else "not JSON"
        return f"answered {looks}, not an OpenAPI document"
    if not isinstance(doc, dict) or "paths" not in doc or not ("openapi" in doc or "swagger" in doc):
        return "answered JSON that is not an OpenAPI document (no openapi/paths keys)"
    return None


def _try(url: str, timeout: float) -> tuple[bytes | None, str]:
    """The document at ``url``, or None and why not."""
    try:
        raw = _fetch(url, timeout)
    except urllib.error.HTTPError as exc:
        return None, f"HTTP {exc.code} {exc.reason}"
    except (OSError, ValueError) as exc:  # refused, DNS, timeout, TLS; ValueError: a malformed URL
        return None, f"no answer ({exc})"
    problem = _problem(raw)
    return (None, problem) if problem else (raw, "ok")


def first_answering(
    sources: Sequence[str], *, root: Path | None = None, timeout: float = 30.0
) -> tuple[str, bytes]:
    """The first source that answers with an OpenAPI document, and its bytes; raises
    :class:`SpecSourceError` naming every source tried and why each failed."""
    tried: list[str] = []
    for source in sources:
        if not is_url(source):
            return source, read_source(source, root=root)
        raw, why = _try(source, timeout)
        if raw is not None:
            return source, raw
        tried.append(f"  {source}: {why}")
    raise SpecSourceError(
        "no source answered with the OpenAPI document; tried:\n" + "\n".join(tried) + f"\n{OFFLINE_HINT}"
    )


def read_source(source: str, *, root: Path | None = None, timeout: float = 30.0) -> bytes:
    """The document at one path (relative to ``root``) or URL, checked to be an OpenAPI document."""
    if is_url(source):
        return first_answering([source], timeout=timeout)[1]
    path = Path(source)
    if not path.is_absolute() and not path.is_file() and root is not None:
        path = (root / path).resolve()  # make runs from the repository root; a caller may not
    if not path.is_file():
        raise SpecSourceError(f"spec file not found: {source} (resolved to {path})")
    raw = path.read_bytes()
    problem = _problem(raw)
    if problem:
        raise SpecSourceError(f"{source} {problem.replace('answered', 'holds', 1)}")
    return raw
