"""Spec pipeline commands (the Makefile's ``spec``, ``regen`` and ``check-generated`` targets).

python -m openapi spec  [--spec PATH_OR_URL]   fetch into .cache/, record it in openapi/spec.lock.json
python -m openapi regen [--spec PATH_OR_URL]   spec -> normalise -> generate -> format, then report changes
python -m openapi check                        fail if cal_async/_generated differs from a regeneration
"""

from __future__ import annotations

import argparse
import datetime as dt
import filecmp
import hashlib
import json
import sys
import tempfile
import urllib.request
from pathlib import Path
from typing import Any

from . import server_facts
from .document import X_ORIGINAL_ID, iter_operations
from .generate import ROOT, generate
from .normalize import normalize

LOCK = ROOT / "openapi" / "spec.lock.json"
CACHE = ROOT / ".cache" / "openapi.json"
DEST = ROOT / "cal_async" / "_generated"
DEFAULT_URL = "https://api.cal.com/v2/docs-json"


class PipelineError(Exception):
    """A pipeline step failed in a way the user must fix (message says how)."""


def _read_source(source: str) -> bytes:
    if source.startswith(("http://", "https://")):
        try:
            with urllib.request.urlopen(source, timeout=30) as resp:
                data: bytes = resp.read()
                return data
        except OSError as exc:
            raise PipelineError(
                f"could not fetch {source}: {exc}. Offline? Use SPEC=<path to a local copy>, "
                "e.g. SPEC=../shared/openapi/cal-api-v2-2025-09-26.json"
            ) from exc
    path = Path(source)
    if not path.is_absolute():
        path = (ROOT / path).resolve()
    if not path.is_file():
        raise PipelineError(f"spec file not found: {source} (resolved to {path})")
    return path.read_bytes()


def _load_lock() -> dict[str, Any]:
    if LOCK.is_file():
        data: dict[str, Any] = json.loads(LOCK.read_text())
        return data
    return {}


def _fingerprint(doc: dict[str, Any]) -> dict[str, dict[str, str]]:
    """Short hashes of each operation and model of the normalised document, for change reports."""

    def h(obj: Any) -> str:
        return hashlib.sha256(json.dumps(obj, sort_keys=True).encode()).hexdigest()[:12]

    ops = {f"{method.upper()} {path}": h(op) for path, method, op in iter_operations(doc)}
    models = {name: h(schema) for name, schema in doc.get("components", {}).get("schemas", {}).items()}
    return {"operations": dict(sorted(ops.items())), "models": dict(sorted(models.items()))}


def _report(old: dict[str, Any], new: dict[str, Any]) -> str:
    lines = []
    for kind in ("operations", "models"):
        before, after = old.get(kind, {}), new.get(kind, {})
        added = sorted(set(after) - set(before))
        removed = sorted(set(before) - set(after))
        changed = sorted(k for k in set(before) & set(after) if before[k] != after[k])
        lines.append(
            f"{kind}: {len(after)} ({len(added)} added, {len(removed)} removed, {len(changed)} changed)"
        )
        for label, names in (("+", added), ("-", removed), ("~", changed)):
            for name in names[:40]:
                lines.append(f"  {label} {name}")
            if len(names) > 40:
                lines.append(f"  {label} ... and {len(names) - 40} more")
    return "\n".join(lines)


def cmd_spec(source: str | None) -> tuple[dict[str, Any], bytes]:
    """Fetch the document into the cache and record it in the lock; returns (lock, bytes)."""
    lock = _load_lock()
    source = source or str(lock.get("source") or DEFAULT_URL)
    raw = _read_source(source)
    try:
        json.loads(raw)
    except ValueError as exc:
        raise PipelineError(f"{source} is not a JSON OpenAPI document: {exc}") from exc
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    CACHE.write_bytes(raw)
    sha = hashlib.sha256(raw).hexdigest()
    if lock.get("sha256") != sha or lock.get("source") != source:
        lock = {**lock, "source": source, "sha256": sha, "fetched": dt.date.today().isoformat()}
    return lock, raw


def _write_lock(lock: dict[str, Any]) -> None:
    LOCK.write_text(json.dumps(lock, indent=2, sort_keys=True) + "\n")


def cmd_regen(source: str | None) -> int:
    lock, raw = cmd_spec(source)
    facts = server_facts.audit(json.loads(raw))
    doc = normalize(json.loads(raw))
    errors = generate(doc, DEST)
    for err in errors:
        print(f"generator warning: {err.header}: {err.detail}", file=sys.stderr)
    fingerprint = _fingerprint(doc)
    previous = {k: lock.get(k, {}) for k in ("operations", "models")}
    _write_lock({**lock, **fingerprint})
    count = sum(1 for _ in iter_operations(doc))
    generated = len({op.get(X_ORIGINAL_ID) for _, _, op in iter_operations(doc)})
    print(f"regenerated cal_async/_generated from {lock['source']} (sha256 {lock['sha256'][:12]})")
    print(f"{generated}/{count} operations generated, {len(errors)} generator warnings")
    print(facts.summary())
    print("API changes against the previous lock:")
    print(_report(previous, fingerprint))
    return 1 if errors else 0


def _diff_trees(a: Path, b: Path) -> list[str]:
    out: list[str] = []
    files_a = {p.relative_to(a) for p in a.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    files_b = {p.relative_to(b) for p in b.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    for rel in sorted(files_a | files_b):
        if rel not in files_a:
            out.append(f"only in a fresh regeneration: {rel}")
        elif rel not in files_b:
            out.append(f"not produced by regeneration (hand-added?): {rel}")
        elif not filecmp.cmp(a / rel, b / rel, shallow=False):
            out.append(f"differs from a fresh regeneration (hand-edited or stale): {rel}")
    return out


def cmd_check() -> int:
    lock = _load_lock()
    if not lock.get("source"):
        raise PipelineError("openapi/spec.lock.json has no source: run `make regen SPEC=...` first")
    raw = CACHE.read_bytes() if CACHE.is_file() else _read_source(lock["source"])
    if hashlib.sha256(raw).hexdigest() != lock["sha256"]:
        raw = _read_source(lock["source"])
    if hashlib.sha256(raw).hexdigest() != lock["sha256"]:
        raise PipelineError(
            f"the spec at {lock['source']} no longer matches the lock's sha256; run `make regen` to update"
        )
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "_generated"
        errors = generate(normalize(json.loads(raw)), fresh)
        problems = _diff_trees(fresh, DEST)
    for err in errors:
        print(f"generator warning: {err.header}: {err.detail}", file=sys.stderr)
    if problems:
        print("cal_async/_generated is out of step with the spec pipeline:", file=sys.stderr)
        for p in problems:
            print(f"  {p}", file=sys.stderr)
        print(
            "fix the normalisation or templates and run `make regen`; never edit generated files",
            file=sys.stderr,
        )
        return 1
    print(f"check-generated: cal_async/_generated matches a regeneration from {lock['source']}")
    return 1 if errors else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m openapi", description=(__doc__ or "").split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("spec", "regen"):
        p = sub.add_parser(name)
        p.add_argument("--spec", default=None, help="path or URL of the OpenAPI document")
    sub.add_parser("check")
    args = parser.parse_args(argv)
    try:
        if args.command == "spec":
            lock, _ = cmd_spec(args.spec)
            _write_lock(lock)
            print(f"spec: {lock['source']} sha256 {lock['sha256']}")
            return 0
        if args.command == "regen":
            return cmd_regen(args.spec)
        return cmd_check()
    except PipelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
