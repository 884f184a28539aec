"""Decoding an operation's success body: the envelope's ``data`` (or the whole body) and pages.

Generated endpoint modules describe their result with a decoder (``cal_async._fields``); these
functions apply it to the decoded JSON and turn any mismatch into :class:`ResponseValidationError`
naming the operation, so a response of the wrong shape never surfaces as a ``TypeError``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ._errors import ResponseValidationError
from ._fields import Decoder, Mismatch, shorten

__all__ = ["decode_page", "decode_result"]

T = TypeVar("T")


def _mismatch(operation: str, exc: Mismatch, where: str) -> ResponseValidationError:
    return ResponseValidationError(
        operation,
        where,
        f"{where}{exc.where} should be {exc.expected}, the server sent "
        f"{type(exc.value).__name__} {shorten(exc.value)}",
    )


def _envelope_data(operation: str, body: object) -> object:
    if type(body) is not dict or "data" not in body:
        raise ResponseValidationError(
            operation,
            None,
            f"expected a {{status, data}} envelope, the server sent {type(body).__name__} {shorten(body)}",
        )
    return body["data"]


def decode_result(operation: str, body: object, decoder: Decoder[T], *, enveloped: bool) -> T:
    """The typed result of one call: ``body["data"]`` when ``enveloped``, else the whole body."""
    value = _envelope_data(operation, body) if enveloped else body
    try:
        return decoder(value)
    except Mismatch as exc:
        raise _mismatch(operation, exc, "data" if enveloped else "body") from None


def decode_page(
    operation: str, body: object, item: Decoder[T], *, single: bool
) -> tuple[list[T], Mapping[str, Any] | None]:
    """One page's items and its ``pagination`` object (booking lists and managed orgs send one).

    ``single``: the document declares one item where the server sends a list; both are accepted.
    """
    value = _envelope_data(operation, body)
    if single and type(value) is dict:
        value = [value]
    if type(value) is not list:
        raise ResponseValidationError(
            operation,
            "data",
            f"data should be a list of {item.expected}, "
            f"the server sent {type(value).__name__} {shorten(value)}",
        )
    try:
        items = [item(v) for v in value]
    except Mismatch:
        for index, v in enumerate(value):
            try:
                item(v)
            except Mismatch as exc:
                raise _mismatch(operation, exc, f"data[{index}]") from None
        raise  # pragma: no cover - a decoder that fails once fails again
    pagination = body.get("pagination") if type(body) is dict else None
    return items, pagination if isinstance(pagination, Mapping) else None
