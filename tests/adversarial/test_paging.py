"""Paging parameters of every paginated operation are checked before anything is sent: ``take``
(or ``limit``) is an int from 1 to 250, ``skip`` (or ``offset``) an int of 0 or more; bool,
str and float are refused, never replaced (``take="50"`` used to send ``take=100``)."""

from __future__ import annotations

import inspect
from typing import Any

import httpx
import pytest
import respx

from cal_async import CalClient
from cal_async._generated.operations import OPERATIONS
from openapi.sdk_naming import snake_case
from tests.operation_calls import BASE, KEY, normalised_spec, resolve, sample, spec_operations

PAGED = [o for o in OPERATIONS if o.paginated]
BAD_SIZES = ["50", 1000, 251, 0, -1, True, False, 2.5, float("nan"), b"5", [5], None]
BAD_OFFSETS = ["0", -1, True, 1.0, float("inf"), "x", None]


def _names(path: str, method: str) -> tuple[dict[str, Any], str, str, list[Any], dict[str, Any]]:
    op = next(op for p, m, op in spec_operations(normalised_spec()) if (p, m.upper()) == (path, method))
    params = {p["name"]: p for p in op.get("parameters", [])}
    size, offset = ("take", "skip") if "take" in params else ("limit", "offset")
    args = [sample(p.get("schema", {}), p["name"])[0] for p in op["parameters"] if p["in"] == "path"]
    required = {
        snake_case(p["name"]): sample(p.get("schema", {}), p["name"])[0]
        for p in op["parameters"]
        if p["in"] == "query" and p.get("required") and p["name"] not in (size, offset)
    }
    return op, size, offset, args, required


def test_every_paginated_operation_is_covered() -> None:
    assert len(PAGED) == 34


@pytest.mark.parametrize("info", PAGED, ids=lambda o: f"{o.resource}.{o.method}")
async def test_bad_paging_parameters_are_refused_before_sending(info: Any) -> None:
    _, size, offset, args, required = _names(info.path, info.http_method)
    async with CalClient(KEY, base_url=BASE) as cal:
        fn = resolve(cal, info.resource, info.method)
        assert {size, offset} <= set(inspect.signature(fn).parameters)
        with respx.mock(assert_all_called=False) as router:
            route = router.route().mock(
                return_value=httpx.Response(200, json={"status": "success", "data": []})
            )
            for value in BAD_SIZES:
                with pytest.raises(ValueError, match=r"page size \(take\) must be"):
                    await fn(*args, **required, **{size: value})
            for value in BAD_OFFSETS:
                with pytest.raises(ValueError, match=r"offset \(skip\) must be"):
                    await fn(*args, **required, **{offset: value})
            assert not route.called
            await fn(*args, **required, **{size: 250, offset: 7})
            sent = route.calls.last.request.url.params
            assert (sent[size], sent[offset]) == ("250", "7")


async def test_collect_refuses_a_bad_max_items() -> None:
    async with CalClient(KEY, base_url=BASE) as cal:
        for value in (-1, "3", True, 1.5):
            with pytest.raises(ValueError, match="max_items must be"):
                await cal.bookings.list().collect(max_items=value)  # type: ignore[arg-type]
