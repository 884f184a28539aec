"""The import direction docs/architecture.md states, checked on the source (every import statement,
module-level or inside a function, at run time or for type checkers only).

- The runtime (``cal_async/*.py``) imports generated code only where the client is the root of
  the resource tree (``_client`` -> ``_generated.resources``); ``types`` is the public home of the
  models (names re-exported lazily, imported for type checkers only).
- Generated code imports the runtime only through the seam: ``_resource`` (``APIResource``),
  ``_operation`` (the descriptions), ``_fields``/``_models`` (the model machinery), ``_options``,
  ``_sentinel``, ``pagination``; and ``_client`` for type checkers only (the root's type).
- Generated code imports helper modules only where the resource tree is assembled: a node's
  cached property serving a child with the hand-written class ``overrides/resource_helpers.yaml``
  names (and the same class for the property's annotation).
- The runtime imports helper, webhook and testing modules for type checkers only (an exception
  naming the helper type it carries), never at run time.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "cal_async"
SEAM = {"_resource", "_operation", "_fields", "_models", "_options", "_sentinel", "pagination"}
HAND_WRITTEN_PACKAGES = ("resources", "webhooks", "testing", "mcp", "sync")


class Import(NamedTuple):
    module: str  # importing module, e.g. "_generated.resources.root"
    target: str  # imported module, e.g. "resources.bookings"
    names: tuple[str, ...]
    type_checking: bool  # under ``if TYPE_CHECKING:``
    in_function: bool


def _layer(module: str) -> str:
    head = module.split(".")[0]
    if head == "_generated":
        return "generated"
    if head in HAND_WRITTEN_PACKAGES:
        return head
    return "runtime"


def _imports() -> Iterator[Import]:
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        package = module if parts[-1] == "__init__" else ".".join(parts[:-1])
        tree = ast.parse(path.read_text(encoding="utf-8"))
        checking = {
            id(inner)
            for node in ast.walk(tree)
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
            for inner in ast.walk(node)
        }
        in_function = {
            id(inner)
            for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
            for inner in ast.walk(node)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".") if package else []
                    base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
                    target = ".".join([*base, node.module] if node.module else base)
                elif (node.module or "").startswith("cal_async."):
                    target = (node.module or "").removeprefix("cal_async.")
                else:
                    continue
                names = tuple(alias.name for alias in node.names)
            elif isinstance(node, ast.Import):
                found = [a.name for a in node.names if a.name.startswith("cal_async.")]
                if not found:
                    continue
                target, names = found[0].removeprefix("cal_async."), ()
            else:
                continue
            yield Import(module, target, names, id(node) in checking, id(node) in in_function)


IMPORTS = list(_imports())


def _between(source: str, target: str) -> list[Import]:
    return [i for i in IMPORTS if _layer(i.module) == source and _layer(i.target) == target and i.target]


def test_the_scan_sees_the_layers() -> None:
    assert len(IMPORTS) > 500
    assert _between("generated", "runtime") and _between("resources", "generated")


def test_the_runtime_imports_generated_code_only_where_the_client_is_the_trees_root() -> None:
    found = {(i.module, i.target, i.type_checking) for i in _between("runtime", "generated")}
    assert found == {("_client", "_generated.resources", False), ("types", "_generated.models", True)}


def test_generated_code_imports_the_runtime_only_through_the_seam() -> None:
    runtime = {(i.target, i.type_checking) for i in _between("generated", "runtime")}
    assert {target for target, checking in runtime if not checking} <= SEAM
    assert {target for target, checking in runtime if checking} <= SEAM | {"_client"}


def test_generated_code_imports_helpers_only_where_the_tree_is_assembled() -> None:
    table = YAML(typ="safe").load((ROOT / "overrides" / "resource_helpers.yaml").read_text(encoding="utf-8"))
    served = {tuple(spec.removeprefix("cal_async.").split(":")) for spec in table.values()}
    helpers = [i for i in IMPORTS if _layer(i.module) == "generated" and _layer(i.target) != "generated"]
    helpers = [i for i in helpers if _layer(i.target) != "runtime"]
    assert helpers  # the tree's nodes are served by the hand-written classes
    for found in helpers:
        assert found.module.startswith("_generated.resources."), found
        assert found.in_function or found.type_checking, found  # a cached property, or its annotation
        assert all((found.target, name) in served for name in found.names), found


def test_the_runtime_imports_helpers_webhooks_and_the_fake_for_type_checkers_only() -> None:
    for package in HAND_WRITTEN_PACKAGES:
        for found in _between("runtime", package):
            if found.module in ("", "types"):  # the public namespaces re-export lazily
                continue
            assert found.type_checking, found
