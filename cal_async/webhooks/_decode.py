"""Turning a delivery body into data: a JSON object, or the text of a non-JSON payload template.

Cal.com sends ``application/json`` unless the webhook's custom ``payloadTemplate`` is not JSON; then
the rendered template goes out as ``application/x-www-form-urlencoded``, signed like any other body
(``sendPayload.ts``: ``!template || jsonParse(template) ? "application/json" :
"application/x-www-form-urlencoded"``). Both are genuine deliveries, so both decode.
"""

from __future__ import annotations

import json
from typing import Any, Final, Literal
from urllib.parse import parse_qsl

from .._errors import WebhookPayloadError

FORM_CONTENT_TYPE: Final = "application/x-www-form-urlencoded"

BodyKind = Literal["json", "form"]


def media_type(content_type: str | None) -> str | None:
    """``application/json`` from ``application/json; charset=utf-8``; ``None`` when not given."""
    if content_type is None:
        return None
    return content_type.split(";", 1)[0].strip().lower() or None


def as_text(raw_body: object) -> str:
    """The body as text; bytes must be UTF-8 (what Cal.com sends)."""
    if isinstance(raw_body, str):
        return raw_body
    if not isinstance(raw_body, bytes | bytearray | memoryview):
        raise TypeError(
            f"parse_event takes the request body as bytes or str, or a decoded JSON object; "
            f"got {type(raw_body).__name__}"
        )
    try:
        return bytes(raw_body).decode("utf-8")
    except UnicodeDecodeError:
        # No excerpt of the body in the message: it may hold attendees' personal data.
        raise WebhookPayloadError("the webhook body is not valid JSON (it is not UTF-8 text)") from None


def json_object(text: str) -> dict[str, Any]:
    try:
        decoded = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise WebhookPayloadError(f"the webhook body is not valid JSON ({type(exc).__name__})") from None
    if not isinstance(decoded, dict):
        raise WebhookPayloadError(
            f"the webhook body is JSON but not an object (got {type(decoded).__name__}); "
            "Cal.com always sends an object"
        )
    return decoded


def body_kind(text: str, content_type: str | None) -> BodyKind:
    """Which decoder fits: the declared media type if given, else what the text looks like.

    Without a content type, text that is not JSON and does not even start like JSON is a rendered
    non-JSON template; a broken ``{...`` stays a JSON error rather than passing as a template.
    """
    declared = media_type(content_type)
    if declared == FORM_CONTENT_TYPE:
        return "form"
    if declared is not None or not text.strip():
        return "json"
    if text.lstrip()[0] in "{[":
        return "json"
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return "form"
    return "json"


def form_fields(text: str) -> dict[str, str | list[str]]:
    """``a=1&b=2&b=3`` as ``{"a": "1", "b": ["2", "3"]}``; text without ``=`` is one blank field."""
    fields: dict[str, str | list[str]] = {}
    for key, value in parse_qsl(text, keep_blank_values=True):
        previous = fields.get(key)
        if previous is None:
            fields[key] = value
        elif isinstance(previous, list):
            previous.append(value)
        else:
            fields[key] = [previous, value]
    return fields
