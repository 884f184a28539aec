"""Custom ``payloadTemplate`` bodies, rendered as the server renders them.

``sendPayload.ts`` (``applyTemplate``) compiles the template with handlebars and replaces
``&quot;`` with ``"``. A template that parses as JSON is sent as ``application/json``, re-serialised
compactly (``JSON.stringify(jsonParse(compiled))``, hence the body ``false`` when the rendering is
not JSON); any other template is sent as rendered, as ``application/x-www-form-urlencoded``.

Only handlebars' variable expressions are rendered (``{{path.to.value}}`` escaped, ``{{{...}}}``
raw), which is what Cal.com's template docs describe; block helpers are left as written.
"""

from __future__ import annotations

import json
import re
from typing import Any, Final

JSON_CONTENT_TYPE: Final = "application/json"
FORM_CONTENT_TYPE: Final = "application/x-www-form-urlencoded"

# handlebars' escapeExpression table.
_ESCAPES: Final = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": "&#x27;",
    "`": "&#x60;",
    "=": "&#x3D;",
}
_ESCAPED: Final = re.compile("[&<>\"'`=]")
_EXPRESSION: Final = re.compile(r"\{\{\{\s*([^{}]+?)\s*\}\}\}|\{\{(?![#/^!>{])\s*([^{}]+?)\s*\}\}")


def _js_number(value: float) -> str:
    if value.is_integer() and abs(value) < 1e21:
        return str(int(value))
    return repr(value)


def _js_string(value: Any) -> str:
    """``String(value)`` as JavaScript writes it, for JSON-decoded values."""
    if value is None:
        return ""  # handlebars renders null and undefined as nothing
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _js_number(value)
    if isinstance(value, list):
        return ",".join(_js_string(item) for item in value)  # Array.prototype.toString
    if isinstance(value, dict):
        return "[object Object]"
    return str(value)


def _lookup(data: Any, path: str) -> Any:
    """``organizer.name``, ``attendees.0.name`` or ``attendees.[0].name``; ``None`` when absent."""
    for part in path.split("."):
        key = part[1:-1] if part.startswith("[") and part.endswith("]") else part
        if isinstance(data, dict):
            data = data.get(key)
        elif isinstance(data, list) and key.isdigit() and int(key) < len(data):
            data = data[int(key)]
        else:
            return None
    return data


def render(template: str, variables: dict[str, Any]) -> str:
    """The compiled template, after the server's ``&quot;`` -> ``"`` replacement."""

    def replace(match: re.Match[str]) -> str:
        raw_path, escaped_path = match.group(1), match.group(2)
        text = _js_string(_lookup(variables, raw_path or escaped_path))
        return text if raw_path else _ESCAPED.sub(lambda m: _ESCAPES[m.group(0)], text)

    return _EXPRESSION.sub(replace, template).replace("&quot;", '"')


def _json_parse(text: str) -> tuple[bool, Any]:
    try:
        return True, json.loads(text)
    except (ValueError, RecursionError):
        return False, None


def _stringify(value: Any) -> str:
    """``JSON.stringify``: compact, non-ASCII kept, integral floats without ``.0``."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        value = int(value)
    elif isinstance(value, list):
        return "[" + ",".join(_stringify(item) for item in value) + "]"
    elif isinstance(value, dict):
        return "{" + ",".join(f"{_stringify(str(k))}:{_stringify(v)}" for k, v in value.items()) + "}"
    return json.dumps(value, ensure_ascii=False)


def template_body(template: str, variables: dict[str, Any]) -> tuple[bytes, str]:
    """The body and ``Content-Type`` the server sends for ``template`` filled with ``variables``."""
    parsed_ok, parsed = _json_parse(template)
    compiled = render(template, variables)
    if not (parsed_ok and parsed):  # jsonParse(template) is falsy: not a JSON template
        return compiled.encode(), FORM_CONTENT_TYPE
    ok, value = _json_parse(compiled)
    return (_stringify(value) if ok else "false").encode(), JSON_CONTENT_TYPE
