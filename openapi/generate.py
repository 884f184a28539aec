"""Generate ``cal_async/_generated`` from a normalised API document with openapi-python-client.

openapi-python-client parses the document and renders the models and endpoint modules through
its templates, overridden from ``overrides/templates``. This driver adds what the stock tool has
no template for: the typed resource tree (``resources/``) and the operation table
(``operations.py``), rendered with the same Jinja environment and the same parsed endpoints.
The result is written to a temporary folder, formatted with ruff, then swapped in whole, so the
output depends only on the document, the templates and the pinned tool versions.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import ModelProperty, Property
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.strings import PythonCode

from .document import (
    SCHEMA_REF,
    X_API_VERSION,
    X_AUTH,
    X_DATA_MAY_BE_ABSENT,
    X_METHOD,
    X_ORIGINAL_ID,
    X_RESOURCE,
    iter_operations,
)
from .mcp_hints import mcp_hint_of
from .oauth_scopes import scopes_doc_line, scopes_of
from .python_types import OperationSpec, body_dict_name, has_fields, model_spec, operation_spec
from .request_schemas import FILENAME as REQUEST_SCHEMAS
from .request_schemas import dump, request_schemas

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "overrides" / "templates"
CONFIG = ROOT / "generator-config.yaml"
RESOURCE_HELPERS = ROOT / "overrides" / "resource_helpers.yaml"
PACKAGE = "_generated"


@dataclass(frozen=True)
class Served:
    """The hand-written class that serves a node (``cal.bookings`` is a ``BookingHelpers``): a
    subclass of the node's generated class, adding helpers (``from <module> import <name>``)."""

    module: str
    name: str

    @classmethod
    def parse(cls, spec: str) -> Served:
        match = re.fullmatch(r"([\w.]+):(\w+)", str(spec).strip())
        if match is None:
            raise ValueError(f"{RESOURCE_HELPERS.name}: {spec!r} is not 'package.module:Class'")
        return cls(match.group(1), match.group(2))


def load_resource_helpers(path: Path = RESOURCE_HELPERS) -> dict[tuple[str, ...], Served]:
    """The hand-written class serving each node of the tree that has helpers."""
    from ruamel.yaml import YAML  # openapi-python-client's own YAML reader

    table = YAML(typ="safe").load(path.read_text(encoding="utf-8")) or {}
    return {tuple(node.split(".")): Served.parse(served) for node, served in table.items()}


@dataclass
class Node:
    """One resource class: ``orgs.teams`` -> ``OrgsTeamsResource`` in ``resources/orgs_teams.py``,
    served as is or by the hand-written subclass ``served`` names."""

    parts: tuple[str, ...]
    children: list[Node] = field(default_factory=list)
    operations: list[dict[str, Any]] = field(default_factory=list)
    served: Served | None = None

    @property
    def dotted(self) -> str:
        return ".".join(self.parts)

    @property
    def attr(self) -> str:
        return self.parts[-1]

    @property
    def module(self) -> str:
        return "_".join(self.parts) or "root"

    @property
    def class_name(self) -> str:
        return (
            "".join(p.title().replace("_", "") for p in self.parts) + "Resource"
            if self.parts
            else "RootResources"
        )

    @property
    def served_module(self) -> str:
        return self.served.module if self.served else f"cal_async.{PACKAGE}.resources.{self.module}"

    @property
    def served_class(self) -> str:
        return self.served.name if self.served else self.class_name

    @property
    def summary(self) -> str:
        names = [o["method"] for o in self.operations] + [c.attr for c in self.children]
        return ", ".join(names)

    @property
    def runtime_imports(self) -> list[str]:
        """Enum imports: parameter defaults, literal-or-enum parameters and decoders name them."""
        return self._imports("runtime_imports")

    @property
    def type_imports(self) -> list[str]:
        return self._imports("type_imports")

    def _imports(self, kind: str) -> list[str]:
        lines: set[str] = set()
        for item in self.operations:
            lines.update(getattr(item["spec"], kind))
        return sorted(lines)


def _success(endpoint: Endpoint) -> Any:
    for response in endpoint.responses.patterns:
        code_range = response.status_code.range
        if code_range is not None and code_range[0] >= 200 and code_range[1] <= 299:
            return response
    return None


def _model_props(prop: Property) -> dict[str, Property]:
    if not isinstance(prop, ModelProperty):
        return {}
    props = (prop.required_properties or []) + (prop.optional_properties or [])
    return {_text(p.name): p for p in props}


def _unwrapped(prop: Property | None) -> Property | None:
    """The ``data`` property of a ``{status, data, ...}`` success envelope."""
    props = _model_props(prop) if prop is not None else {}
    if "data" in props and "status" in props:
        return props["data"]
    return None


_PAGING = (("skip", "take"), ("offset", "limit"))


def _list_data(endpoint: Endpoint) -> Property | None:
    """What the success body's ``data`` (or the bare body) declares, for list operations."""
    success = _success(endpoint)
    data = _unwrapped(success.prop) if success is not None else None
    if success is not None and data is None and isinstance(success.prop, ListProperty):
        data = success.prop
    return data


def _cursor_meta(doc: dict[str, Any], op: dict[str, Any]) -> str | None:
    """The key of the success body holding ``{nextCursor, hasMore}``, if it has one (a cursor-paged
    list: ``pagination`` in Cal.com's 2026-05-01 bookings list). Read from the document: the
    parser leaves a referenced model's properties out of the property that names it."""
    schemas = doc.get("components", {}).get("schemas", {})

    def resolved(schema: Any) -> dict[str, Any]:
        ref = schema.get("$ref", "") if isinstance(schema, dict) else ""
        target = schemas.get(ref.rsplit("/", 1)[-1]) if ref.startswith(SCHEMA_REF) else schema
        return target if isinstance(target, dict) else {}

    for code, response in sorted((op.get("responses") or {}).items()):
        if not str(code).startswith("2") or not isinstance(response, dict):
            continue
        content = (response.get("content") or {}).get("application/json") or {}
        for key, prop in (resolved(content.get("schema")).get("properties") or {}).items():
            options = [resolved(p) for p in (resolved(prop).get("oneOf") or [prop])]
            if any({"nextCursor", "hasMore"} <= set(o.get("properties") or {}) for o in options):
                return str(key)
        return None
    return None


def _items(data: Property | None) -> dict[str, Any]:
    """What one page holds, by how the document declares ``data`` (see :func:`_paging`)."""
    if isinstance(data, ListProperty):
        inner = data.inner_property
        return {"mode": "list", "item": inner, "item_type": inner.get_type_string(no_optional=True)}
    if data is not None:
        return {"mode": "single", "item": data, "item_type": data.get_type_string(no_optional=True)}
    return {"mode": "raw", "item": None, "item_type": PythonCode("Any")}


def _limit_bound(raw: dict[str, Any], key: str) -> int | None:
    """A numeric bound (``default``, ``maximum``) of a query parameter's schema."""
    value = (raw.get("schema") or {}).get(key)
    return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _paging(endpoint: Endpoint, meta: dict[str, Any]) -> dict[str, Any] | None:
    """How a list operation pages: every operation taking offset/limit parameters or a cursor,
    and every operation named ``list`` (a list the server sends whole is one page, so all list
    calls behave alike: awaited, a ``Page``; iterated, every item).

    ``mode`` is ``list`` when the document declares ``data`` as an array; ``single`` when it
    declares one item (the server sends a list: both are accepted, each element parsed as that
    item); ``raw`` when it declares no body (elements are passed through as decoded JSON).
    ``offset``/``limit`` are ``None`` for a whole list.

    A cursor list is known by its shape: a ``cursor`` query parameter and a success body with
    ``{nextCursor, hasMore}`` under some key (``cursor_meta``); its page size is ``limit`` (or
    ``take``), with the document's default and maximum.
    """
    query = {_text(p.name): p for p in endpoint.query_parameters}
    data = _list_data(endpoint)
    cursor_meta = meta["cursor_meta"] if "cursor" in query else None
    if cursor_meta is not None:
        size = next((name for name in ("limit", "take") if name in query), None)
        raw = meta["raw_params"].get(size, {}) if size else {}
        return {
            "offset": None,
            "limit": size,
            "cursor": "cursor",
            "cursor_meta": cursor_meta,
            "default_limit": _limit_bound(raw, "default"),
            "max_limit": _limit_bound(raw, "maximum"),
            **_items(data),
        }
    pair = next(((o, lim) for o, lim in _PAGING if o in query and lim in query), None)
    if pair is None:
        if meta["method"] != "list" or not isinstance(data, ListProperty):
            return None
        return {"offset": None, "limit": None, "default_limit": None, **_items(data)}
    offset, limit = pair
    schema_default = getattr(query[limit], "default", None)
    default_limit = 100
    if schema_default is not None:
        default_limit = int(float(schema_default.python_code.as_unembedded_code()))
    return {
        "offset": query[offset].python_name,
        "limit": query[limit].python_name,
        "default_limit": default_limit,
        **_items(data),
    }


def _op_spec(endpoint: Endpoint, meta: dict[str, Any]) -> OperationSpec:
    success = _success(endpoint)
    data = _unwrapped(success.prop) if success is not None and success.prop is not None else None
    return operation_spec(endpoint, success, data, _paging(endpoint, meta), meta["raw_params"])


def _export_table(imports: Sequence[str]) -> list[tuple[str, str]]:
    rows = []
    for line in imports:
        m = re.fullmatch(r"from \.(\w+) import (\w+)", line.strip())
        if m:
            rows.append((m.group(2), m.group(1)))
    return sorted(rows)


def _method_doc(endpoint: Endpoint, item: dict[str, Any], page: dict[str, Any] | None) -> str:
    lines = []
    summary = _text(endpoint.summary).strip()
    if summary:
        lines.append(summary.rstrip(".") + ".")
        lines.append("")
    lines.append(f"``{endpoint.method.upper()} {item['path']}``")
    if item["api_version"]:
        lines.append(f"(sent with ``cal-api-version: {item['api_version']}``).")
    if line := scopes_doc_line(tuple(item["oauth_scopes"])):
        lines.append(line)
    if item["deprecated"]:
        lines.append("")
        lines.append(
            "Deprecated: the API document marks this operation deprecated. It still works; the first"
        )
        lines.append("call in a process emits a ``DeprecationWarning``.")
    if page and page.get("cursor"):
        lines.append("")
        lines.append("Await the result for one page, or ``async for`` over it for every item across pages")
        lines.append("(each next page is asked for with the ``nextCursor`` the server sent).")
    elif page and page["offset"] is not None:
        lines.append("")
        lines.append("Await the result for one page, or ``async for`` over it for every item across pages.")
    elif page:
        lines.append("")
        lines.append("The server sends the list whole: await the result for it as one page, or ``async for``")
        lines.append("over it for every item.")
    described = [
        (str(p.python_name), _param_doc(item["raw_params"].get(_text(p.name), {})))
        for p in endpoint.list_all_parameters()
    ]
    if any(text for _, text in described):
        lines.append("")
        lines.append("Args:")
        for name, text in described:
            lines.append(f"    {name}: {text}".rstrip())
    return "\n".join(lines).replace('"""', "'''").replace("\\", "\\\\")


def _param_doc(raw: dict[str, Any]) -> str:
    """A parameter's line in the method docstring: its description, and whether it is deprecated."""
    text = " ".join(str(raw.get("description") or "").split())
    if raw.get("deprecated") is True:
        text = f"Deprecated (still sent; the first call giving it warns). {text}".rstrip()
    return text


def _text(value: object) -> str:
    """Plain text of an UntrustedString (or anything else) for use in docstrings."""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if getter is not None else (value or ""))


class CalProject(Project):
    """openapi-python-client's Project, plus the resource tree and operation table."""

    def __init__(self, *, openapi: GeneratorData, config: Config, doc: dict[str, Any]) -> None:
        super().__init__(openapi=openapi, config=config, custom_template_path=TEMPLATES)
        self.op_meta: dict[str, dict[str, Any]] = {}
        for path, method, op in iter_operations(doc):
            self.op_meta[op["operationId"]] = {
                "api_version": op.get(X_API_VERSION),
                "auth": list(op.get(X_AUTH, [])),
                "resource": list(op[X_RESOURCE]),
                "method": op[X_METHOD],
                "original_id": op.get(X_ORIGINAL_ID) or op["operationId"],
                "http_method": method.upper(),
                "path": path,
                "oauth_scopes": scopes_of(op),
                "data_may_be_absent": bool(op.get(X_DATA_MAY_BE_ABSENT)),
                "summary": str(op.get("summary") or "").strip(),
                "deprecated": op.get("deprecated") is True,
                "cursor_meta": _cursor_meta(doc, op),
                "mcp": mcp_hint_of(op),
                "raw_params": {p["name"]: p for p in op.get("parameters", []) if isinstance(p, dict)},
            }
        self.env.globals.update(
            op_meta=self.op_meta,
            paging=lambda endpoint: _paging(endpoint, self.op_meta[str(endpoint.name)]),
            export_table=_export_table,
            method_doc=_method_doc,
            model_spec=model_spec,
            op_spec=lambda endpoint: _op_spec(endpoint, self.op_meta[str(endpoint.name)]),
            body_dict_table=self._body_dict_table,
        )
        # Resource classes have methods named ``list``, which shadow the builtin in annotations.
        self.env.filters["builtin_list"] = lambda text: re.sub(r"\blist\[", "builtins.list[", str(text))

    def _body_dict_table(self) -> list[tuple[str, str]]:
        """(TypedDict name, module) of every model with declared fields."""
        return sorted(
            (body_dict_name(str(m.class_info.name)), str(m.class_info.module_name))
            for m in self.openapi.models
            if has_fields(m)
        )

    def _create_package(self) -> None:
        self.package_dir.mkdir(parents=True, exist_ok=True)
        init = self.env.get_template("package_init.py.jinja").render()
        (self.package_dir / "__init__.py").write_text(init, encoding="utf-8")

    def _build_api(self) -> None:
        nodes: dict[tuple[str, ...], Node] = {(): Node(())}
        served = load_resource_helpers()
        for collection in self.openapi.endpoint_collections_by_tag.values():
            for endpoint in collection.endpoints:
                meta = self.op_meta[str(endpoint.name)]
                parts = tuple(meta["resource"])
                for i in range(1, len(parts) + 1):
                    if parts[:i] not in nodes:
                        nodes[parts[:i]] = Node(parts[:i])
                        nodes[parts[: i - 1]].children.append(nodes[parts[:i]])
                spec = _op_spec(endpoint, meta)
                nodes[parts].operations.append(
                    {"endpoint": endpoint, "spec": spec, "constant": meta["method"].upper(), **meta}
                )
        unknown = sorted(".".join(parts) for parts in served if parts not in nodes)
        if unknown:
            # A node renamed or gone from the document: its helpers must not vanish silently.
            raise ValueError(f"{RESOURCE_HELPERS.name} names nodes the tree does not have: {unknown}")
        for parts, cls in served.items():
            nodes[parts].served = cls
        resources_dir = self.package_dir / "resources"
        resources_dir.mkdir()
        (resources_dir / "__init__.py").write_text(
            '"""GENERATED CODE: one resource class per node of the API\'s tree."""\n\n'
            "from .root import RootResources as RootResources\n"
        )
        resource_template = self.env.get_template("resource_module.py.jinja")
        for node in nodes.values():
            node.children.sort(key=lambda n: n.attr)
            node.operations.sort(key=lambda o: o["method"])
            (resources_dir / f"{node.module}.py").write_text(
                resource_template.render(node=node), encoding="utf-8"
            )
        table = sorted((n for n in nodes.values() if n.operations), key=lambda n: n.dotted)
        operations = self.env.get_template("operations.py.jinja").render(nodes=table)
        (self.package_dir / "operations.py").write_text(operations, encoding="utf-8")


def _format(package_dir: Path) -> None:
    ruff = [sys.executable, "-m", "ruff"]
    cfg = ["--config", str(ROOT / "overrides" / "ruff-generated.toml")]
    for args in (["check", "--fix-only", "--exit-zero"], ["format"]):
        done = subprocess.run([*ruff, *args, *cfg, str(package_dir)], capture_output=True, text=True)
        if done.returncode != 0:
            # Rendered code that ruff cannot parse is a template bug: show where.
            raise RuntimeError(f"ruff {args[0]} failed on generated code:\n{done.stdout}{done.stderr}"[:6000])


def generate(doc: dict[str, Any], dest: Path) -> list[GeneratorError]:
    """Render ``doc`` (already normalised) into ``dest`` (replaced whole). Returns the warnings."""
    config_file = ConfigFile.load_from_path(CONFIG)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / PACKAGE
        config = Config.from_sources(
            config_file,
            MetaType.NONE,
            document_source=CONFIG,  # unused: the document is passed parsed
            file_encoding="utf-8",
            overwrite=True,
            output_path=out,
        )
        openapi = GeneratorData.from_dict(doc, config=config)
        if isinstance(openapi, GeneratorError):
            return [openapi]
        project = CalProject(openapi=openapi, config=config, doc=doc)
        errors = list(project.build())
        # The schemas of what each operation takes, as data for cal_async.mcp's tools.
        (project.package_dir / REQUEST_SCHEMAS).write_text(dump(request_schemas(doc)), encoding="utf-8")
        _format(out)
        if dest.exists():
            shutil.rmtree(dest)
        shutil.copytree(out, dest)
    return errors
