"""What changed for SDK users between two API documents, each change classed breaking or not.

``diff_documents(old, new)`` normalises both, takes their surfaces (``surface.py``) and compares
them. A change is breaking when code written against the old SDK can stop working (fail to
import, to type-check, or to run) against the new one:

- operations: removed or renamed (breaking); added, moved to another route, or marked deprecated
  (not); its ``cal-api-version`` changed (breaking: the server answers with another controller,
  whose behaviour the document cannot fully describe);
- a method's parameters: removed, added as required, made required, or retyped so that a value
  accepted before is refused (breaking); added as optional, made optional, or widened (not);
- a result that may now be of a type it could not be before (breaking), or narrowed (not);
- fields of the models results and bodies carry, classed by the way the model is used: a field
  a caller reads must not disappear, change type, become optional or nullable; a field a caller
  sends must not disappear, change type, become required or refuse null;
- enum values: removed (breaking: the enum member is gone), added (not);
- models (public classes in ``cal_async.types``): removed (breaking), added (not).

The report ends with the semantic-version bump the changes imply (``major`` when anything
breaks, ``minor`` for any other change of the surface, ``patch`` when the surface is unchanged),
as Markdown for people (:meth:`SurfaceDiff.markdown`) or JSON for tools (:meth:`SurfaceDiff.as_json`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from .document import JSON
from .normalize import normalize
from .surface import BODY, RESULT, FieldSurface, OperationSurface, ParamSurface, Surface, surface_of

__all__ = ["KINDS", "Change", "SurfaceDiff", "diff_documents", "diff_surfaces"]

# Every kind of change, in report order, with its title.
KINDS: dict[str, str] = {
    "operation_removed": "operation removed",
    "operation_renamed": "operation renamed",
    "operation_added": "operation added",
    "operation_moved": "operation moved to another route",
    "api_version_changed": "cal-api-version changed",
    "operation_deprecated": "operation deprecated",
    "result_retyped": "result retyped",
    "param_removed": "parameter removed",
    "param_added": "parameter added",
    "param_required": "parameter made required",
    "param_optional": "parameter made optional",
    "param_retyped": "parameter retyped",
    "param_deprecated": "parameter deprecated",
    "field_removed": "field removed",
    "field_added": "field added",
    "field_retyped": "field retyped",
    "field_required": "field made required",
    "field_optional": "field made optional",
    "field_nullable": "field made nullable",
    "field_not_nullable": "field made non-nullable",
    "field_deprecated": "field deprecated",
    "enum_values_removed": "enum values removed",
    "enum_values_added": "enum values added",
    "model_removed": "model removed",
    "model_added": "model added",
}


@dataclass(frozen=True)
class Change:
    kind: str  # a key of KINDS
    subject: str  # ``cal.bookings.list``, ``cal.bookings.list(take)``, ``BookingOutput.status``
    breaking: bool
    detail: str = ""

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "subject": self.subject, "breaking": self.breaking, "detail": self.detail}


@dataclass(frozen=True)
class SurfaceDiff:
    old: str  # labels of the two documents (their paths, or what the caller names them)
    new: str
    changes: tuple[Change, ...]

    @property
    def breaking(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.breaking)

    @property
    def bump(self) -> str:
        """The semantic-version bump: ``major``, ``minor`` or ``patch``."""
        if self.breaking:
            return "major"
        return "minor" if self.changes else "patch"

    def counts(self) -> dict[str, dict[str, int]]:
        """Per kind (only those that occur): how many changes are breaking and how many not."""
        tally = Counter((c.kind, c.breaking) for c in self.changes)
        return {
            kind: {"breaking": tally[kind, True], "other": tally[kind, False]}
            for kind in KINDS
            if tally[kind, True] or tally[kind, False]
        }

    def as_json(self) -> dict[str, Any]:
        return {
            "old": self.old,
            "new": self.new,
            "bump": self.bump,
            "breaking": len(self.breaking),
            "total": len(self.changes),
            "counts": self.counts(),
            "changes": [c.as_json() for c in self.changes],
        }

    def markdown(self) -> str:
        lines = [f"# API surface changes: {self.old} → {self.new}", ""]
        if not self.changes:
            lines += ["No change of the SDK surface.", "", "**Semantic version bump: patch**"]
            return "\n".join(lines) + "\n"
        lines += ["| change | breaking | not breaking |", "|---|---:|---:|"]
        for kind, tally in self.counts().items():
            lines.append(f"| {KINDS[kind]} | {tally['breaking']} | {tally['other']} |")
        for title, breaking in (("Breaking changes", True), ("Other changes", False)):
            chosen = [c for c in self.changes if c.breaking is breaking]
            if not chosen:
                continue
            lines += ["", f"## {title} ({len(chosen)})"]
            for kind in KINDS:
                of_kind = [c for c in chosen if c.kind == kind]
                if of_kind:
                    lines += ["", f"### {KINDS[kind]} ({len(of_kind)})", ""]
                    lines += [f"- `{c.subject}`" + (f": {c.detail}" if c.detail else "") for c in of_kind]
        why = f"{len(self.breaking)} breaking" if self.breaking else "no breaking change"
        lines += ["", f"**Semantic version bump: {self.bump}** ({why}, {len(self.changes)} changes in all)"]
        return "\n".join(lines) + "\n"


def _parts(type_: str) -> set[str]:
    return {part.strip() for part in type_.split(" | ")}


def _retype_breaks(old: str, new: str, *, sent: bool, read: bool) -> bool:
    """Whether a type change breaks: what callers send must still be accepted (the new type
    widens the old one), what they read must still be expected (the new type narrows it)."""
    before, after = _parts(old), _parts(new)
    return (sent and not before <= after) or (read and not after <= before)


def _values(enum: tuple[str, ...]) -> str:
    return f"enum {list(enum)}" if enum else "any string"


def _enum_changes(
    subject: str, old: tuple[str, ...], new: tuple[str, ...], *, sent: bool, read: bool
) -> list[Change]:
    """Values added or removed; an enum appearing or disappearing is a retype (it restricts or
    frees what is sent, and changes what is read from an enum member to a plain string)."""
    if bool(old) != bool(new):
        breaks = (sent and bool(new)) or (read and bool(old))
        return [Change("field_retyped", subject, breaks, f"{_values(old)} → {_values(new)}")]
    added = [v for v in new if v not in old]
    removed = [v for v in old if v not in new]
    out = []
    if removed:
        out.append(Change("enum_values_removed", subject, True, ", ".join(removed)))
    if added:
        out.append(Change("enum_values_added", subject, False, ", ".join(added)))
    return out


def _param_changes(method: str, old: dict[str, ParamSurface], new: dict[str, ParamSurface]) -> list[Change]:
    out: list[Change] = []
    for key, gone in old.items():
        if key not in new:
            out.append(Change("param_removed", f"cal.{method}({gone.python_name})", True, gone.type))
    for key, after in new.items():
        subject = f"cal.{method}({after.python_name})"
        before = old.get(key)
        if before is None:
            required = "required" if after.required else "optional"
            out.append(
                Change("param_added", subject, after.required, f"{required} {after.location} {after.type}")
            )
            continue
        if before.required != after.required:
            kind = "param_required" if after.required else "param_optional"
            out.append(Change(kind, subject, after.required))
        if before.type != after.type:
            breaks = _retype_breaks(before.type, after.type, sent=True, read=False)
            out.append(Change("param_retyped", subject, breaks, f"{before.type} → {after.type}"))
        for change in _enum_changes(subject, before.enum, after.enum, sent=True, read=False):
            kind = "param_retyped" if change.kind == "field_retyped" else change.kind
            out.append(Change(kind, change.subject, change.breaking, change.detail))
        if after.deprecated and not before.deprecated:
            out.append(Change("param_deprecated", subject, False))
    return out


def _operation_changes(old: OperationSurface, new: OperationSurface) -> list[Change]:
    subject = f"cal.{new.name}"
    out: list[Change] = []
    if old.name != new.name:
        out.append(
            Change("operation_renamed", f"cal.{old.name}", True, f"now `cal.{new.name}` ({new.route})")
        )
    elif old.route != new.route:
        out.append(Change("operation_moved", subject, False, f"{old.route} → {new.route}"))
    if old.api_version != new.api_version:
        out.append(Change("api_version_changed", subject, True, f"{old.api_version} → {new.api_version}"))
    if new.deprecated and not old.deprecated:
        out.append(Change("operation_deprecated", subject, False))
    if old.result != new.result:
        breaks = _retype_breaks(old.result, new.result, sent=False, read=True)
        out.append(Change("result_retyped", subject, breaks, f"{old.result} → {new.result}"))
    return out + _param_changes(new.name, old.params, new.params)


def _field_changes(
    model: str, old: FieldSurface, new: FieldSurface, *, sent: bool, read: bool
) -> list[Change]:
    subject = f"{model}.{new.key}"
    out: list[Change] = []
    if old.type != new.type:
        breaks = _retype_breaks(old.type, new.type, sent=sent, read=read)
        out.append(Change("field_retyped", subject, breaks, f"{old.type} → {new.type}"))
    if old.required != new.required:
        kind = "field_required" if new.required else "field_optional"
        out.append(Change(kind, subject, (sent and new.required) or (read and not new.required)))
    if old.nullable != new.nullable:
        kind = "field_nullable" if new.nullable else "field_not_nullable"
        out.append(Change(kind, subject, (read and new.nullable) or (sent and not new.nullable)))
    out += _enum_changes(subject, old.enum, new.enum, sent=sent, read=read)
    if new.deprecated and not old.deprecated:
        out.append(Change("field_deprecated", subject, False))
    return out


def _same_route(old: OperationSurface, new: OperationSurface) -> bool:
    return old.route == new.route


def _same_operation_id(old: OperationSurface, new: OperationSurface) -> bool:
    return bool(old.operation_id) and old.operation_id == new.operation_id


def _pair_renames(old: Surface, new: Surface) -> dict[str, str]:
    """Old name -> new name for an operation the new document names otherwise: same route, or
    (the route changed too) the same operation id."""
    gone = [old.operations[n] for n in old.operations if n not in new.operations]
    came = {n: new.operations[n] for n in new.operations if n not in old.operations}
    pairs: dict[str, str] = {}
    for match in (_same_route, _same_operation_id):
        for op in gone:
            if op.name in pairs:
                continue
            found = next((name for name, cand in came.items() if match(op, cand)), None)
            if found is not None:
                pairs[op.name] = found
                del came[found]
    return pairs


def diff_surfaces(old: Surface, new: Surface, old_label: str = "old", new_label: str = "new") -> SurfaceDiff:
    changes: list[Change] = []
    renames = _pair_renames(old, new)
    renamed_to = set(renames.values())
    for name, op in old.operations.items():
        target = name if name in new.operations else renames.get(name)
        if target is None:
            changes.append(Change("operation_removed", f"cal.{name}", True, op.route))
        else:
            changes += _operation_changes(op, new.operations[target])
    for name, op in new.operations.items():
        if name not in old.operations and name not in renamed_to:
            changes.append(Change("operation_added", f"cal.{name}", False, op.route))
    changes += [Change("model_removed", n, True) for n in sorted(old.components - new.components)]
    changes += [Change("model_added", n, False) for n in sorted(new.components - old.components)]
    for name, before in old.models.items():
        after = new.models.get(name)
        roles = before.roles | after.roles if after is not None else frozenset()
        if after is None or not roles:
            continue  # gone (reported above), or neither read nor sent by any operation
        sent, read = BODY in roles, RESULT in roles
        changes += _enum_changes(name, before.enum, after.enum, sent=sent, read=read)
        for key, field in before.fields.items():
            if key not in after.fields:
                changes.append(Change("field_removed", f"{name}.{key}", True, field.type))
            else:
                changes += _field_changes(name, field, after.fields[key], sent=sent, read=read)
        for key, field in after.fields.items():
            if key not in before.fields:
                breaks = sent and field.required
                detail = f"{'required' if field.required else 'optional'} {field.type}"
                changes.append(Change("field_added", f"{name}.{key}", breaks, detail))
    order = {kind: i for i, kind in enumerate(KINDS)}
    changes.sort(key=lambda c: (order[c.kind], c.subject))
    return SurfaceDiff(old_label, new_label, tuple(changes))


def diff_documents(old: JSON, new: JSON, old_label: str = "old", new_label: str = "new") -> SurfaceDiff:
    """Normalise two raw API documents and compare what SDK users see of them."""
    return diff_surfaces(surface_of(normalize(old)), surface_of(normalize(new)), old_label, new_label)
