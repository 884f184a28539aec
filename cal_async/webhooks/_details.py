"""Value objects nested in payloads that are not people: transcription links and form answers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from . import _coerce as c
from ._coerce import JsonObject


@attrs.frozen(kw_only=True)
class TranscriptionLink:
    """One transcript file of a Cal Video recording: ``format`` is ``json``, ``srt``, ``txt``, ``vtt``...

    The wire form is ``{"format", "link"}`` (``TGetTranscriptAccessLink["transcription"]`` in the
    server's ``dailyvideo/zod.ts``); a bare URL string (no format) is accepted too.
    """

    link: str
    format: str | None = None

    @classmethod
    def from_json(cls, item: object) -> TranscriptionLink | None:
        if isinstance(item, str):
            return cls(link=item)
        if isinstance(item, Mapping) and (link := c.text(item, "link")) is not None:
            return cls(link=link, format=c.text(item, "format"))
        return None


@attrs.frozen(kw_only=True)
class FormOption:
    """A chosen option of a select field: ``id`` is stable, ``label`` is what the form shows.

    ``id`` is ``None`` when the submitted value matched no option (the server then echoes the value
    as the label).
    """

    label: str
    id: str | None = None


@attrs.frozen(kw_only=True)
class FormAnswer:
    """One field's answer in FORM_SUBMITTED / FORM_SUBMITTED_NO_EVENT.

    ``value`` is the deprecated wire field (labels only, which change when the form is edited);
    ``response`` is its replacement: the same value for plain fields, ``{label, id}`` objects for
    select fields, parsed into ``options``. ``response`` is ``None`` from servers that predate it.
    """

    value: Any = None
    response: Any = None
    options: tuple[FormOption, ...] = ()

    @classmethod
    def from_json(cls, data: object) -> FormAnswer:
        if not isinstance(data, Mapping) or not ("value" in data or "response" in data):
            return cls(value=data)  # the oldest servers sent the bare value
        response = data.get("response")
        chosen = response if isinstance(response, list) else [response]
        options = tuple(
            FormOption(label=label, id=c.text(item, "id"))
            for item in chosen
            if isinstance(item, Mapping) and (label := c.text(item, "label")) is not None
        )
        return cls(value=data.get("value"), response=response, options=options)


def form_answers(responses: JsonObject) -> dict[str, FormAnswer]:
    return {key: FormAnswer.from_json(value) for key, value in responses.items()}
