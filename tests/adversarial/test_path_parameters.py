"""Hostile path parameters never change the endpoint, for every operation and every path parameter.

``..``, ``.`` and an empty value survive percent-encoding and would be resolved by URL
normalisation (``cal.event_types.webhooks.delete(42, "..")`` used to send
``DELETE /v2/event-types/42``): they must raise ``ValueError`` naming the parameter, before any
request. Every other value must arrive as exactly one path segment of the operation's template.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

import httpx
import pytest
import respx

from cal_async import CalClient
from cal_async._generated.models.conferencing_connect_app import ConferencingConnectApp
from cal_async._generated.operations import OPERATIONS
from cal_async._path_params import path_segment
from openapi.sdk_naming import snake_case
from tests.adversarial.calls import call_args, invoke
from tests.operation_calls import (
    BASE,
    KEY,
    normalised_spec,
    resolve,
    sample_envelope,
    spec,
    spec_operations,
)

__all__ = ["spec"]  # the fixture, imported for pytest

REFUSED = ["", ".", ".."]
# Each must arrive as one segment whose decoded text is the value itself.
KEPT = ["a/b", "../x", "./", "/", "%2e%2e", "%2F", "..%2f", "?q=1", "#frag", "a b", "ü", "...", " .."]

PATH_PARAM_CASES = [
    (index, p["name"])
    for index, (_, _, op) in enumerate(spec_operations(normalised_spec()))
    for p in op.get("parameters", [])
    if p["in"] == "path"
]


def test_every_operation_with_a_path_parameter_is_covered() -> None:
    assert len({index for index, _ in PATH_PARAM_CASES}) == sum(1 for o in OPERATIONS if "{" in o.path)
    assert len(PATH_PARAM_CASES) >= 300


@pytest.mark.parametrize(("index", "name"), PATH_PARAM_CASES)
async def test_hostile_path_parameter_keeps_the_route(spec: dict[str, Any], index: int, name: str) -> None:
    path, method, op = spec_operations(spec)[index]
    info = next(o for o in OPERATIONS if (o.http_method, o.path) == (method.upper(), path))
    template = path.split("/")
    position = template.index("{" + name + "}")
    payload = sample_envelope(spec, op)
    async with CalClient(KEY, base_url=BASE) as client:
        fn = resolve(client, info.resource, info.method)
        with respx.mock(assert_all_called=False) as router:
            route = router.route().mock(return_value=httpx.Response(200, json=payload))
            for value in REFUSED:
                args, kwargs = call_args(op, fn, {name: value})
                python_name = snake_case(name)
                with pytest.raises(ValueError, match=rf"^{python_name} is "):
                    await invoke(fn, args, kwargs)
            assert not route.called, "a refused path parameter must not send anything"
            for value in KEPT:
                args, kwargs = call_args(op, fn, {name: value})
                await invoke(fn, args, kwargs)
                sent = route.calls.last.request
                segments = sent.url.raw_path.decode("ascii").split("?", 1)[0].split("/")
                assert len(segments) == len(template), (value, sent.url.raw_path)
                for i, (got, want) in enumerate(zip(segments, template, strict=True)):
                    if i == position:
                        assert unquote(got) == value
                    elif not want.startswith("{"):
                        assert got == want
                assert sent.method == method.upper()


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        (True, "got bool"),
        (float("nan"), "must be an integer id"),
        (float("inf"), "must be an integer id"),
        (2.5, "must be an integer id"),
        (None, "got NoneType"),
        (b"..", "got bytes"),
    ],
)
def test_values_that_are_no_id_are_refused(value: object, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        path_segment("booking_uid", value)


def test_ids_and_enums_become_one_segment() -> None:
    assert path_segment("event_type_id", 42) == "42"
    assert path_segment("event_type_id", 42.0) == "42"
    assert path_segment("app", ConferencingConnectApp.GOOGLE_MEET) == "google-meet"
    assert path_segment("uid", "a/../b?c#d") == "a%2F..%2Fb%3Fc%23d"
