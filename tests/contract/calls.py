"""Call one operation through the SDK's typed resource method against Prism, and judge the result.

Arguments come from the document (``InstanceGenerator``): every path parameter, every query
parameter the method takes, and the request body. The call goes through a real ``CalClient``
(real sockets, the SDK's own headers, auth and ``cal-api-version``); an httpx response hook keeps
each raw response so Prism's verdict can be read:

* Prism answers **422** (``application/problem+json``) when the request violates the document;
* any request violation, error or warning, is also listed in the **``sl-violations``** header
  (which also carries *response* violations: Prism's own example disagreeing with its schema).

The result must then be fully readable as typed objects: every declared property of every model
is read, recursively (models decode fields lazily, so merely wrapping the JSON proves nothing).
"""

from __future__ import annotations

import enum
import inspect
import json
from collections.abc import Mapping
from typing import Any

import attrs
import httpx

from cal_async import ApiModel, CalClient, Page
from cal_async._auth import PlatformClient
from cal_async._fields import Field
from cal_async._generated import models as _models
from cal_async._operation import Operation
from cal_async._sentinel import Unset
from openapi.sdk_naming import snake_case

from .instances import InstanceGenerator

API_KEY = "cal_" + "c0ffee00" * 4
PLATFORM = PlatformClient("contract-client-id", "contract-secret-key")
_MAX_WALK = 20_000
#: Lines for the end-of-session report (``conftest.pytest_terminal_summary``).
SUMMARY: list[str] = []  # property reads per result; bounds a pathological response


@attrs.define
class Outcome:
    """What happened to one operation."""

    info: Operation[Any]
    conforms: bool = False
    reason: str = ""
    status: int | None = None
    request_violations: list[Any] = attrs.field(factory=list)
    response_violations: list[Any] = attrs.field(factory=list)
    type_mismatches: list[str] = attrs.field(factory=list)  # scalar types only (see Reading)

    @property
    def key(self) -> str:
        return self.info.operation_id


def resolve_method(client: CalClient, info: Operation[Any]) -> Any:
    target: Any = client
    for part in info.resource.split("."):
        target = getattr(target, part)
    return getattr(target, info.method)


def build_arguments(
    gen: InstanceGenerator, op: Mapping[str, Any], accepted: set[str]
) -> tuple[list[Any], dict[str, Any]]:
    """Positional path values and keyword query/body values for one (normalised) operation."""
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for param in op.get("parameters", []):
        schema = param.get("schema", {})
        value = gen.value(schema, param["name"])
        if param["in"] == "path":
            args.append(value)
        elif param["in"] == "query":
            name = snake_case(param["name"])
            if name in accepted and value is not None:
                kwargs[name] = value
    body = op.get("requestBody")
    if body is not None:
        media = body.get("content", {}).get("application/json", {})
        kwargs["body"] = gen.value(media.get("schema", {}), "body")
    return args, kwargs


def _violations(response: httpx.Response) -> tuple[list[Any], list[Any]]:
    raw = response.headers.get("sl-violations")
    if not raw:
        return [], []
    try:
        items = json.loads(raw)
    except ValueError:
        # "Too many violations! [..." (the list cut at 8 KB): look for request-side entries.
        if '"location":["request"' in raw:
            return [raw[:2000]], []
        return [], [raw[:2000]]
    request = [v for v in items if (v.get("location") or [""])[0] == "request"]
    response_side = [v for v in items if (v.get("location") or [""])[0] != "request"]
    return request, response_side


_SCALARS: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "int": (int,),
    "float": (int, float),
    "bool": (bool,),
    "None": (type(None),),
    "Unset": (Unset,),
}


def _split_union(text: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for ch in text:
        depth += ch == "["
        depth -= ch == "]"
        if ch == "|" and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += ch
    parts.append(current.strip())
    return parts


def _part_matches(value: Any, part: str) -> bool | None:
    """Does ``value`` fit one member of a union annotation? None: cannot tell."""
    if part in _SCALARS:
        if isinstance(value, bool) and part in ("int", "float"):
            return False
        return isinstance(value, _SCALARS[part])
    if part.startswith("list[") and part.endswith("]"):
        if not isinstance(value, list):
            return False
        verdicts = [matches_annotation(item, part[5:-1]) for item in value]
        return False if False in verdicts else (None if None in verdicts else True)
    if part in ("Any", "object"):
        return True
    if part.startswith(("dict[", "Mapping[")) or part == "dict":
        return isinstance(value, Mapping) and not isinstance(value, ApiModel)
    cls = getattr(_models, part, None) if part.isidentifier() else None
    if isinstance(cls, type):
        return isinstance(value, cls)
    return None


def matches_annotation(value: Any, annotation: str) -> bool | None:
    """Does ``value`` fit the (string) annotation? None when the annotation is beyond this check."""
    verdicts = [_part_matches(value, part) for part in _split_union(annotation)]
    if True in verdicts:
        return True
    return None if None in verdicts else False


def _is_scalar_annotation(annotation: str) -> bool:
    """Scalars and lists of scalars: ``None | str``, ``list[str] | Unset``."""
    parts = [p[5:-1] if p.startswith("list[") and p.endswith("]") else p for p in _split_union(annotation)]
    return all(part in _SCALARS for part in parts)


@attrs.define
class Reading:
    """What reading a whole result found."""

    reads: int = 0
    # A declared model/list/enum that came back as something else: not parsed into typed objects.
    structure: list[str] = attrs.field(factory=list)
    # A scalar of another type than declared (e.g. ``id: str`` holding an int): reported.
    scalars: list[str] = attrs.field(factory=list)

    def check(self, value: Any, annotation: object, where: str) -> None:
        if not isinstance(annotation, str) or matches_annotation(value, annotation) is not False:
            return
        note = f"{where}: declared {annotation}, got {type(value).__name__}"
        (self.scalars if _is_scalar_annotation(annotation) else self.structure).append(note)


#: How an outcome's reason starts when a read refused a value of another type than declared.
READ_REFUSED = "reading the typed result failed: ResponseValidationError"


def model_fields(cls: type) -> list[str]:
    """Names of the typed fields a generated model declares (its ``Field`` descriptors)."""
    return [n for k in cls.__mro__ for n, v in vars(k).items() if isinstance(v, Field)]


def read_everything(value: Any, annotation: object = None, where: str = "result") -> Reading:
    """Read every declared property of every model in ``value`` and check it against its type.

    ``annotation`` is the method's return annotation (``AsyncPaginator[X]`` checks page items
    against ``X``). Exceptions from reading propagate: that is what this is for.
    """
    reading = Reading()
    if isinstance(value, Page):
        if isinstance(annotation, str) and annotation.startswith("AsyncPaginator["):
            item_type = annotation[len("AsyncPaginator[") : -1]
            for i, item in enumerate(value.items):
                reading.check(item, item_type, f"{where}.items[{i}]")
    else:
        reading.check(value, annotation, where)
    stack: list[tuple[Any, str]] = [(value, where)]
    while stack:
        node, path = stack.pop()
        if reading.reads > _MAX_WALK:
            raise RuntimeError(f"more than {_MAX_WALK} property reads: runaway structure at {path}")
        if isinstance(node, Page):
            stack.extend((item, f"{path}.items[{i}]") for i, item in enumerate(node.items))
        elif isinstance(node, ApiModel):
            for name in model_fields(type(node)):
                got = getattr(node, name)  # may raise ResponseValidationError: that is the point
                reading.reads += 1
                stack.append((got, f"{path}.{name}"))
        elif isinstance(node, (list, tuple)):
            stack.extend((item, f"{path}[{i}]") for i, item in enumerate(node))
        elif isinstance(node, Mapping):
            stack.extend((item, f"{path}.{key}") for key, item in node.items())
        elif isinstance(node, enum.Enum):
            reading.reads += 1
    return reading


async def call_operation(
    base_url: str, gen: InstanceGenerator, info: Operation[Any], op: Mapping[str, Any]
) -> Outcome:
    """Call ``info``'s method against the Prism at ``base_url`` and record what happened."""
    outcome = Outcome(info)
    responses: list[httpx.Response] = []

    async def keep(response: httpx.Response) -> None:
        responses.append(response)

    async with (
        httpx.AsyncClient(timeout=30.0, event_hooks={"response": [keep]}) as http,
        CalClient(
            API_KEY, base_url=base_url, http_client=http, platform_client=PLATFORM, max_retries=0
        ) as cal,
    ):
        method = resolve_method(cal, info)
        accepted = set(inspect.signature(method).parameters)
        args, kwargs = build_arguments(gen, op, accepted)
        error: BaseException | None = None
        result: Any = None
        try:
            result = await method(*args, **kwargs)
        except Exception as exc:
            error = exc
        if responses:
            last = responses[-1]
            outcome.status = last.status_code
            outcome.request_violations, outcome.response_violations = _violations(last)
        if outcome.status == 422 or outcome.request_violations:
            detail = outcome.request_violations
            if not detail and responses:
                try:
                    detail = responses[-1].json().get("validation", [])
                except ValueError:
                    detail = [responses[-1].text[:300]]
            outcome.reason = "Prism rejected the request: " + "; ".join(_describe(v) for v in detail)
            return outcome
        if error is not None:
            outcome.reason = f"{type(error).__name__}: {error}"
            return outcome
        try:
            reading = read_everything(result, inspect.signature(method).return_annotation)
        except Exception as exc:
            outcome.reason = f"reading the typed result failed: {type(exc).__name__}: {exc}"
            return outcome
        outcome.type_mismatches = reading.scalars
        if reading.structure:
            outcome.reason = "not parsed into the declared types: " + "; ".join(reading.structure[:5])
            return outcome
        outcome.conforms = True
        return outcome


def _describe(violation: Any) -> str:
    if isinstance(violation, Mapping):
        where = ".".join(str(p) for p in violation.get("location", []))
        return f"{where}: {violation.get('message')}"
    return str(violation)
