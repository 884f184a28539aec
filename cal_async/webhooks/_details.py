"""Value objects nested in payloads that are not people: transcription links and form answers."""

from __future__ import annotations

from typing import Any, Final, TypeGuard

from .._fields import ANY, Decoder
from ._model import WebhookModel, field
from ._tolerant import TEXT, Tolerant, items, view


class TranscriptionLink(WebhookModel):
    """One transcript file of a Cal Video recording: ``format`` is ``json``, ``srt``, ``txt``, ``vtt``...

    The wire form is ``{"format", "link"}`` (``TGetTranscriptAccessLink["transcription"]`` in the
    server's ``dailyvideo/zod.ts``); a bare URL string (no format) is accepted too.
    """

    __slots__ = ()

    link: str = field("link", TEXT)
    format: str | None = field("format", TEXT, default=None)


class FormOption(WebhookModel):
    """A chosen option of a select field: ``id`` is stable, ``label`` is what the form shows.

    ``id`` is ``None`` when the submitted value matched no option (the server then echoes the value
    as the label).
    """

    __slots__ = ()

    label: str = field("label", TEXT)
    id: str | None = field("id", TEXT, default=None)


class FormAnswer(WebhookModel):
    """One field's answer in FORM_SUBMITTED / FORM_SUBMITTED_NO_EVENT.

    ``value`` is the deprecated wire field (labels only, which change when the form is edited);
    ``response`` is its replacement: the same value for plain fields, ``{label, id}`` objects for
    select fields, parsed into ``options``. ``response`` is ``None`` from servers that predate it.
    """

    __slots__ = ()

    value: Any = field("value", ANY, default=None)
    response: Any = field("response", ANY, default=None)
    options: tuple[FormOption, ...] = field(
        "response", items(view(FormOption), single=True), default=(), init=False
    )


def _is_answer(raw: object) -> TypeGuard[dict[str, Any]]:
    # The oldest servers sent each field's bare value instead of {value, response}.
    return type(raw) is dict and ("value" in raw or "response" in raw)


def _form_answer(raw: object) -> FormAnswer:
    return FormAnswer.from_dict(raw if _is_answer(raw) else {"value": raw})


def _form_value(raw: object) -> Any:
    return raw.get("value") if _is_answer(raw) else raw


def _transcription_link(raw: object) -> TranscriptionLink | None:
    if type(raw) is str:
        return TranscriptionLink.from_dict({"link": raw})
    return TRANSCRIPTION_LINK_OBJECT(raw)


TRANSCRIPTION_LINK_OBJECT: Final = view(TranscriptionLink)
#: A transcription link, given as ``{format, link}`` or as the bare URL.
TRANSCRIPTION_LINK: Final = Tolerant(_transcription_link, "a transcription link or its URL")
#: A form field's answer as ``FormAnswer``, and as its ``value`` alone (the older view).
FORM_ANSWER: Final = Decoder(_form_answer, "a form answer")
FORM_VALUE: Final = Decoder(_form_value, "a form answer's value")
