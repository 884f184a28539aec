"""Spec pipeline commands (the Makefile's ``spec``, ``regen`` and ``check-generated`` targets).

python -m openapi spec  [--spec PATH_OR_URL]   fetch into .cache/, record it in openapi/spec.lock.json
python -m openapi regen [--spec PATH_OR_URL]   spec -> normalise -> generate -> format, then report changes
python -m openapi check                        fail if cal_async/_generated differs from a regeneration
python -m openapi diff OLD NEW [--json]        what changed for SDK users between two documents

Without --spec, the document is read from the first of the published sources that answers
(``spec_sources.DEFAULT_SOURCES``; ``--source URL``, repeated, replaces that list).
"""

from __future__ import annotations

import argparse
import datetime as dt
import filecmp
import hashlib
import json
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import server_facts
from .diff import SurfaceDiff, diff_documents
from .document import X_ORIGINAL_ID, iter_operations
from .generate import ROOT, generate
from .normalize import normalize
from .spec_sources import DEFAULT_SOURCES, SpecSourceError, first_answering, is_url, read_source

LOCK = ROOT / "openapi" / "spec.lock.json"
CACHE = ROOT / ".cache" / "openapi.json"
# Every document fetched, by sha256: the one the lock names is what ``regen`` diffs a new one with.
DOCUMENTS = ROOT / ".cache" / "documents"
SURFACE_DIFF = ROOT / ".cache" / "surface-diff"  # .md and .json of the last regeneration's diff
DEST = ROOT / "cal_async" / "_generated"


class PipelineError(Exception):
    """A pipeline step failed in a way the user must fix (message says how)."""


def _read_source(source: str) -> bytes:
    return read_source(source, root=ROOT)


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


def cmd_spec(source: str | None, sources: Sequence[str] = DEFAULT_SOURCES) -> tuple[dict[str, Any], bytes]:
    """Fetch the document into the cache and record it in the lock; returns (lock, bytes).

    ``source`` (``SPEC=``) is read alone; without it, the first of ``sources`` that answers, and
    which one was used is printed.
    """
    lock = _load_lock()
    if source:
        raw = _read_source(source)
    else:
        source, raw = first_answering(sources, root=ROOT)
        print(
            f"spec: read from {source}"
            + (f" ({', '.join(sources)} tried in order)" if len(sources) > 1 else "")
        )
    sha = hashlib.sha256(raw).hexdigest()
    DOCUMENTS.mkdir(parents=True, exist_ok=True)
    CACHE.write_bytes(raw)
    (DOCUMENTS / f"{sha}.json").write_bytes(raw)
    if lock.get("sha256") != sha or lock.get("source") != source:
        lock = {**lock, "source": source, "sha256": sha, "fetched": dt.date.today().isoformat()}
    return lock, raw


def _locked_document(lock: dict[str, Any]) -> bytes | None:
    """The document the lock names, if it is at hand: fetched before (by its sha256), or the
    local file the lock names, unchanged."""
    sha = lock.get("sha256")
    if not sha:
        return None
    candidates = [DOCUMENTS / f"{sha}.json"]
    source = str(lock.get("source") or "")
    if source and not is_url(source):
        path = Path(source)
        candidates.append(path if path.is_absolute() else (ROOT / path).resolve())
    for path in candidates:
        if path.is_file() and hashlib.sha256(raw := path.read_bytes()).hexdigest() == sha:
            return raw
    return None


def _surface_report(previous: dict[str, Any], lock: dict[str, Any], raw: bytes) -> str:
    """The surface diff against the previously locked document, when the document changed; saved
    to .cache/surface-diff.md and .json."""
    if not previous.get("sha256"):
        return "API surface: the lock named no document before this one (no surface diff)"
    if previous["sha256"] == lock["sha256"]:
        return "API surface: the document is unchanged (no surface diff)"
    old = _locked_document(previous)
    if old is None:
        return (
            f"API surface: the previous document (sha256 {previous['sha256'][:12]}, "
            f"{previous.get('source')}) is not at hand; compare it yourself: python -m openapi diff OLD NEW"
        )
    report = diff_documents(
        json.loads(old), json.loads(raw), str(previous.get("source")), str(lock["source"])
    )
    _save_diff(report)
    return report.markdown() + f"(also in {SURFACE_DIFF.relative_to(ROOT)}.md and .json)"


def _save_diff(report: SurfaceDiff) -> None:
    SURFACE_DIFF.parent.mkdir(parents=True, exist_ok=True)
    SURFACE_DIFF.with_suffix(".md").write_text(report.markdown(), encoding="utf-8")
    SURFACE_DIFF.with_suffix(".json").write_text(
        json.dumps(report.as_json(), indent=2) + "\n", encoding="utf-8"
    )


def _write_lock(lock: dict[str, Any]) -> None:
    LOCK.write_text(json.dumps(lock, indent=2, sort_keys=True) + "\n")


def cmd_regen(source: str | None, sources: Sequence[str] = DEFAULT_SOURCES) -> int:
    previous = _load_lock()
    lock, raw = cmd_spec(source, sources)
    facts = server_facts.audit(json.loads(raw))
    doc = normalize(json.loads(raw))
    errors = generate(doc, DEST)
    for err in errors:
        print(f"generator warning: {err.header}: {err.detail}", file=sys.stderr)
    fingerprint = _fingerprint(doc)
    _write_lock({**lock, **fingerprint})
    count = sum(1 for _ in iter_operations(doc))
    generated = len({op.get(X_ORIGINAL_ID) for _, _, op in iter_operations(doc)})
    print(f"regenerated cal_async/_generated from {lock['source']} (sha256 {lock['sha256'][:12]})")
    print(f"{generated}/{count} operations generated, {len(errors)} generator warnings")
    print(facts.summary())
    print("API changes against the previous lock:")
    print(_report({k: previous.get(k, {}) for k in ("operations", "models")}, fingerprint))
    print(_surface_report(previous, lock, raw))
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
    raw = _locked_document(lock) or _read_source(lock["source"])
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


def cmd_diff(old: str, new: str, *, as_json: bool) -> int:
    report = diff_documents(json.loads(_read_source(old)), json.loads(_read_source(new)), old, new)
    print(
        json.dumps(report.as_json(), indent=2) if as_json else report.markdown(), end="\n" if as_json else ""
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m openapi", description=(__doc__ or "").split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("spec", "regen"):
        p = sub.add_parser(name)
        p.add_argument("--spec", default=None, help="path or URL of the OpenAPI document (read alone)")
        p.add_argument(
            "--source",
            action="append",
            default=None,
            help="a URL to try, in order, when --spec is not given (default: the published sources)",
        )
    sub.add_parser("check")
    d = sub.add_parser("diff", help="what changed for SDK users between two documents")
    d.add_argument("old", help="path or URL of the older document")
    d.add_argument("new", help="path or URL of the newer document")
    d.add_argument("--json", action="store_true", help="JSON for tools instead of Markdown")
    args = parser.parse_args(argv)
    try:
        if args.command == "spec":
            lock, _ = cmd_spec(args.spec, args.source or DEFAULT_SOURCES)
            _write_lock(lock)
            print(f"spec: {lock['source']} sha256 {lock['sha256']}")
            return 0
        if args.command == "regen":
            return cmd_regen(args.spec, args.source or DEFAULT_SOURCES)
        if args.command == "diff":
            return cmd_diff(args.old, args.new, as_json=args.json)
        return cmd_check()
    except (PipelineError, SpecSourceError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
