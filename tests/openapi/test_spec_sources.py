"""Where ``make spec`` reads the document from: the first published source that answers with an
OpenAPI document, tried in order, against local servers answering 404, HTML, JSON that is not an
OpenAPI document, and the document itself.

Why more than one source: the API server mounts Swagger (``/v2/docs``, the JSON at
``/v2/docs-json``) only ``if (!process.env.DOCS_URL)`` (calcom/cal.com
apps/api/v2/src/swagger/generate-swagger.ts), so the live host may answer 404 there; the same
generator writes ``docs/api-reference/v2/openapi.json``, which the docs site publishes
(https://cal.com/docs/api-reference/v2/openapi.json).
"""

from __future__ import annotations

import hashlib
import json
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import openapi.__main__ as pipeline
from openapi.spec_sources import DEFAULT_SOURCES, SpecSourceError, first_answering, read_source
from tests.conftest import ROOT
from tests.openapi.fragments import cursor_bookings_document

DOCUMENT = json.dumps(cursor_bookings_document()).encode()
ANSWERS: dict[str, tuple[int, str, bytes]] = {
    "/missing": (404, "application/json", b'{"statusCode":404,"message":"Cannot GET /v2/docs-json"}'),
    "/html": (200, "text/html", b"<!DOCTYPE html><html><body>Cal.com Docs</body></html>"),
    "/not-openapi": (200, "application/json", b'{"status":"success","data":[]}'),
    "/openapi.json": (200, "application/json", DOCUMENT),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        status, kind, body = ANSWERS[self.path]
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """A loopback HTTP server in a thread; its base URL."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=5)


@pytest.fixture
def closed_port() -> str:
    """A loopback URL nothing listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/v2/docs-json"


def test_the_published_sources_are_the_live_host_then_the_docs_site() -> None:
    assert DEFAULT_SOURCES == (
        "https://api.cal.com/v2/docs-json",
        "https://cal.com/docs/api-reference/v2/openapi.json",
    )


def test_the_first_source_answering_with_the_document_is_used(server: str, closed_port: str) -> None:
    tried = [
        closed_port,
        f"{server}/missing",
        f"{server}/html",
        f"{server}/not-openapi",
        f"{server}/openapi.json",
    ]
    used, raw = first_answering(tried, timeout=5)
    assert used == f"{server}/openapi.json" and raw == DOCUMENT


def test_when_none_answers_the_error_names_each_url_and_the_way_out(server: str, closed_port: str) -> None:
    tried = [f"{server}/missing", f"{server}/html", f"{server}/not-openapi", closed_port]
    with pytest.raises(SpecSourceError) as caught:
        first_answering(tried, timeout=5)
    lines = str(caught.value).splitlines()
    assert lines[0] == "no source answered with the OpenAPI document; tried:"
    assert lines[1] == f"  {server}/missing: HTTP 404 Not Found"
    assert lines[2] == f"  {server}/html: answered an HTML page, not an OpenAPI document"
    assert (
        lines[3]
        == f"  {server}/not-openapi: answered JSON that is not an OpenAPI document (no openapi/paths keys)"
    )
    assert lines[4].startswith(f"  {closed_port}: no answer (")
    assert lines[5].startswith("Use SPEC=<path or URL of a copy of the document>")


def test_make_spec_fails_clearly_and_writes_nothing(server: str) -> None:
    before = (ROOT / "openapi" / "spec.lock.json").read_bytes()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "openapi",
            "spec",
            "--source",
            f"{server}/missing",
            "--source",
            f"{server}/html",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert (
        f"{server}/missing: HTTP 404" in done.stderr
        and f"{server}/html: answered an HTML page" in done.stderr
    )
    assert "SPEC=" in done.stderr
    assert (ROOT / "openapi" / "spec.lock.json").read_bytes() == before


def test_spec_says_which_source_it_used_and_keeps_the_document(
    server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(pipeline, "LOCK", tmp_path / "spec.lock.json")
    monkeypatch.setattr(pipeline, "CACHE", tmp_path / "openapi.json")
    monkeypatch.setattr(pipeline, "DOCUMENTS", tmp_path / "documents")
    sources = [f"{server}/missing", f"{server}/openapi.json"]
    lock, raw = pipeline.cmd_spec(None, sources)
    assert raw == DOCUMENT and lock["source"] == f"{server}/openapi.json"
    assert capsys.readouterr().out == (
        f"spec: read from {server}/openapi.json ({server}/missing, {server}/openapi.json tried in order)\n"
    )
    sha = hashlib.sha256(DOCUMENT).hexdigest()
    assert lock["sha256"] == sha and (tmp_path / "documents" / f"{sha}.json").read_bytes() == DOCUMENT
    assert pipeline._locked_document(lock) == DOCUMENT  # what a later regen diffs against


def test_a_named_spec_is_read_alone_and_checked(tmp_path: Path, server: str) -> None:
    page = tmp_path / "saved.html"
    page.write_text("<html>not it</html>")
    with pytest.raises(SpecSourceError, match="holds an HTML page, not an OpenAPI document"):
        read_source(str(page))
    with pytest.raises(SpecSourceError, match=r"spec file not found: nowhere\.json"):
        read_source("nowhere.json", root=tmp_path)
    assert read_source(f"{server}/openapi.json") == DOCUMENT
