"""The read path: every field of a model decoded on its first read, by a decoder compiled per class.

What it must keep (issue 22): the same values and the same errors as decoding each field on its own
(``Field.decode_one``), a wrong value failing only its own read, and the same machinery for
hand-written models declared with ``field(...)``. And issue 18's wording for a null the document
does not allow.
"""

from __future__ import annotations

import importlib
import pickle
import pkgutil
import random
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from typing import Any

import pytest

from cal_async import ApiModel, ResponseValidationError, Unset
from cal_async import _object_decoder as object_decoder
from cal_async._fields import (
    DATETIME,
    STR,
    Decoder,
    Field,
    Mismatch,
    enum_of,
    field,
    list_of,
    model,
    nullable,
)
from cal_async._generated import models as generated_models
from cal_async._generated.models import BookingHost, BookingOutput, BookingOutputStatus
from cal_async._operation import decode_page, decode_result
from cal_async._sentinel import UNSET
from tests.test_models import booking

# -- a null the document does not allow (issue 18, item 3) -------------------------------------------


def test_an_unpredicted_null_names_model_and_field_and_asks_for_a_report() -> None:
    data = booking(title="Kept")
    data["uid"] = None
    b = BookingOutput.from_dict(data)
    with pytest.raises(ResponseValidationError) as caught:
        _ = b.uid
    error = caught.value
    assert (error.model, error.field) == ("BookingOutput", "uid")
    text = str(error)
    assert "field 'uid' should be a string, but the server sent null" in text
    assert "report it to cal-async, naming BookingOutput.uid and the operation you called" in text
    # nothing else of the object is lost
    assert b.title == "Kept" and b.hosts[0].email == "j@x.io" and b.status == "awaiting_host"
    assert b.to_dict()["uid"] is None and b.model_extra == {"brandNewField": {"nested": [1, 2]}}


def test_a_null_inside_a_list_says_which_item() -> None:
    b = BookingOutput.from_dict(booking(hosts=[None]))
    with pytest.raises(
        ResponseValidationError,
        match=r"field 'hosts\[0\]' should be a BookingHost object, but the server sent null",
    ):
        _ = b.hosts
    assert b.uid == "bk_1"


def test_a_null_result_names_the_operation() -> None:
    with pytest.raises(ResponseValidationError) as caught:
        decode_result(
            "bookings.get",
            {"status": "success", "data": None},
            model("booking_output", "BookingOutput"),
            enveloped=True,
        )
    assert "data should be a BookingOutput object, but the server sent null" in str(caught.value)
    assert "naming the operation bookings.get" in str(caught.value)
    with pytest.raises(ResponseValidationError, match=r"data\[1\] should be .*but the server sent null"):
        decode_page(
            "bookings.list",
            {"status": "success", "data": [booking(), None]},
            model("booking_output", "BookingOutput"),
            single=False,
        )


def test_a_value_of_another_type_still_says_what_was_sent() -> None:
    b = BookingOutput.from_dict(booking(duration="30"))
    with pytest.raises(
        ResponseValidationError, match="field 'duration' should be an integer, the server sent str '30'"
    ):
        _ = b.duration
    assert b.end == datetime(2025, 10, 1, 9, 30, tzinfo=UTC)


# -- hand-written models: the same declarations, the same machinery -----------------------------------


def _loose_int(raw: object) -> int:
    """A tolerant decoder, as webhook payloads need: a number or a numeric string."""
    if type(raw) is int:
        return raw
    if type(raw) is str and raw.isdigit():
        return int(raw)
    raise Mismatch("an integer or a numeric string", raw)


LOOSE_INT: Decoder[int] = Decoder(_loose_int, "an integer or a numeric string")


class Person(ApiModel):
    __slots__ = ()
    name: str = field("name", STR, required=True)
    time_zone: str | None = field("timeZone", nullable(STR), required=True)


class Delivery(ApiModel):
    __slots__ = ()
    uid: str = field("uid", STR, required=True)
    start: datetime = field("startTime", DATETIME, required=True)
    seats: int = field("seats", LOOSE_INT, required=True)
    organizer: Person = field("organizer", model(Person), required=True)
    attendees: list[Person] = field("attendees", list_of(model(Person)), required=True)
    host: BookingHost | Unset = field(
        "host", model("cal_async._generated.models.booking_host", "BookingHost"), required=False
    )
    status: BookingOutputStatus | Unset = field("status", enum_of(BookingOutputStatus), required=False)
    note: str | Unset = field("note", STR, required=False)


def delivery(**over: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "uid": "d1",
        "startTime": "2030-01-07T09:00:00",  # no offset: UTC, like every instant the API sends
        "seats": "3",
        "organizer": {"name": "Ann", "timeZone": None},
        "attendees": [{"name": "Bo", "timeZone": "Europe/Paris"}],
        "host": {"id": 1, "name": "H", "email": "h@x.io", "username": "h", "timeZone": "UTC"},
        "status": "awaiting_host",
        "extra": [1],
    }
    data.update(over)
    return data


def test_a_hand_written_model_is_derived_from_its_declarations() -> None:
    assert Delivery._fields == {
        "uid",
        "startTime",
        "seats",
        "organizer",
        "attendees",
        "host",
        "status",
        "note",
    }
    assert Delivery._required == {"uid", "startTime", "seats", "organizer", "attendees"}
    assert [f.name for f in Delivery._declared_fields][:3] == ["uid", "start", "seats"]


def test_a_hand_written_model_reads_through_the_compiled_decoder(monkeypatch: pytest.MonkeyPatch) -> None:
    careful = _count_careful(monkeypatch)
    d = Delivery.from_dict(delivery())
    assert d.start == datetime(2030, 1, 7, 9, tzinfo=UTC)
    assert list(vars(d)) == ["start"]  # the first read decodes its field alone
    assert d.seats == 3 and list(vars(d)) == ["start", "seats"]  # as does the second
    assert d.uid == "d1"  # the third decodes the whole object, the compiled way, nested models too
    assert careful == [], "values of the declared types take the compiled way"
    assert set(vars(d)) == {f.name for f in Delivery._declared_fields}
    assert set(vars(d.organizer)) == {"name", "time_zone"}
    assert d.note is UNSET and not d.status.is_known  # type: ignore[union-attr]
    assert d.organizer.name == "Ann" and d.organizer.time_zone is None
    assert d.attendees[0].time_zone == "Europe/Paris" and isinstance(d.attendees[0], Person)
    assert isinstance(d.host, BookingHost) and d.host.email == "h@x.io"
    assert d.model_extra == {"extra": [1]} and d["extra"] == [1]


def test_one_wrong_value_of_a_hand_written_model_fails_only_its_own_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    careful = _count_careful(monkeypatch)
    d = Delivery.from_dict(delivery(seats="three", attendees=[{"name": 5, "timeZone": None}]))
    assert d.uid == "d1" and d.start.year == 2030 and careful == []  # each decoded alone
    with pytest.raises(
        ResponseValidationError,
        match="field 'seats' should be an integer or a numeric string, the server sent str 'three'",
    ):
        _ = d.seats  # the third read: the whole object, the careful way (seats is wrong)
    assert careful == ["Delivery"]
    with pytest.raises(ResponseValidationError, match="field 'seats'"):  # every time it is read
        _ = d.seats
    person = d.attendees[0]  # the list is fine; the wrong name is the person's own
    assert person.time_zone is None
    with pytest.raises(
        ResponseValidationError, match="Person: field 'name' should be a string, the server sent int 5"
    ):
        _ = person.name


def test_models_stay_immutable_comparable_and_picklable_once_read() -> None:
    a, b = Delivery.from_dict(delivery()), Delivery.from_dict(delivery())
    _ = a.start
    assert a == b and hash(a) == hash(b)
    with pytest.raises(AttributeError, match="immutable"):
        a.uid = "x"  # type: ignore[misc]
    copy = pickle.loads(pickle.dumps(a))
    assert copy == a and copy.start == a.start and copy.organizer.name == "Ann"


def _count_careful(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real = object_decoder.decode_carefully

    def counted(fields: Any, obj: Any) -> dict[str, Any]:
        calls.append(type(obj).__name__)
        return real(fields, obj)

    monkeypatch.setattr(object_decoder, "decode_carefully", counted)
    return calls


# -- every generated model: the compiled way agrees with decoding each field on its own ---------------


def _all_model_classes() -> list[type[ApiModel]]:
    for info in pkgutil.iter_modules(generated_models.__path__):
        importlib.import_module(f"{generated_models.__name__}.{info.name}")
    found, stack = [], list(ApiModel.__subclasses__())
    while stack:
        cls = stack.pop()
        stack.extend(cls.__subclasses__())
        if cls.__module__.startswith(generated_models.__name__) and cls._declared_fields:
            found.append(cls)
    return sorted(found, key=lambda c: c.__name__)


HOSTILE: list[Any] = [
    None,
    True,
    0,
    60.0,
    1.5,
    "",
    "soon",
    "2030-13-45T99:99:99Z",
    [],
    {},
    [None],
    {"x": None},
]


class _Values:
    """A value of the declared type for each decoder, built from its kind."""

    def __init__(self, rng: random.Random, *, integral_floats: bool = True) -> None:
        self.rng = rng
        self.integers = [7, 60.0] if integral_floats else [7]

    def of(self, decoder: Decoder[Any], depth: int = 0) -> Any:
        kind = decoder.kind
        simple: dict[str, Callable[[], Any]] = {
            "str": lambda: "text",
            "int": lambda: self.rng.choice(self.integers),  # 60.0 is the integer 60
            "float": lambda: self.rng.choice([1, 2.5]),
            "bool": lambda: True,
            "any": lambda: {"free": "form"},
            "object": lambda: {"free": "form"},
            "null": lambda: None,
            "datetime": lambda: self.rng.choice(["2030-01-07T09:00:00.000Z", "2030-01-07T09:00:00"]),
            "date": lambda: "2030-01-07",
        }
        if kind in simple:
            return simple[kind]()
        if kind == "enum":
            return self.rng.choice(
                [
                    *(m.value for m in decoder.parts[0]),
                    "unlisted" if issubclass(decoder.parts[0], str) else 999,
                ]
            )
        if kind == "nullable":
            return None if self.rng.random() < 0.3 else self.of(decoder.parts[0], depth)
        if kind == "list":
            return [self.of(decoder.parts[0], depth) for _ in range(self.rng.randint(0, 2))]
        if kind == "dict":
            return {"k": self.of(decoder.parts[0], depth)}
        if kind == "one_of":
            return self.of(self.rng.choice(decoder.parts), depth)
        if kind == "model":
            return self.object(decoder.ref.get(), depth + 1)  # type: ignore[attr-defined]
        raise AssertionError(f"no value for {decoder!r}")

    def object(self, cls: type[ApiModel], depth: int = 0) -> dict[str, Any]:
        data: dict[str, Any] = {"undeclared": 1}
        for f in cls._declared_fields:
            if depth > 3 and not f.required:
                continue
            if f.required or self.rng.random() < 0.7:
                data[f.key] = self.of(f.decoder, depth) if depth <= 3 else {}
        return data


def _decode_alone(obj: ApiModel, f: Field[Any]) -> Any:
    return f.decode_one(obj)


def _read(obj: ApiModel, f: Field[Any]) -> Any:
    return getattr(obj, f.name)


def _outcomes(obj: ApiModel, read: Callable[[Field[Any]], Any]) -> list[tuple[str, object]]:
    out: list[tuple[str, object]] = []
    for f in type(obj)._declared_fields:
        try:
            value = read(f)
        except ResponseValidationError as exc:
            out.append(("refused", str(exc)))
        else:
            out.append(
                (
                    "read",
                    value if isinstance(value, (ApiModel, list)) or value is UNSET else (type(value), value),
                )
            )
    return out


MODEL_CLASSES = _all_model_classes()


def test_every_generated_model_takes_the_compiled_way_with_values_of_its_types(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    careful = _count_careful(monkeypatch)
    rng = random.Random(22)
    values = _Values(rng, integral_floats=False)  # 60.0 for an integer is the careful way's to accept
    slow = []
    for cls in MODEL_CLASSES:
        for _ in range(3):
            data = values.object(cls)
            del careful[:]
            cls._decode_fields(cls.from_dict(data))
            if cls.__name__ in careful:
                slow.append(cls.__name__)
    assert slow == []
    assert len(MODEL_CLASSES) > 300


@pytest.mark.parametrize("seed", range(4))
def test_the_compiled_way_reads_what_each_field_alone_reads(seed: int) -> None:
    """Same values, same errors, for every generated model, with hostile values mixed in."""
    rng = random.Random(seed)
    values = _Values(rng)
    for cls in MODEL_CLASSES:
        data = values.object(cls)
        for f in cls._declared_fields:
            if rng.random() < 0.25:
                data[f.key] = rng.choice(HOSTILE)
        if rng.random() < 0.2 and cls._declared_fields:
            data.pop(rng.choice(cls._declared_fields).key, None)
        whole = cls.from_dict(data)
        alone = cls.from_dict(data)
        expected = _outcomes(alone, partial(_decode_alone, alone))
        first = _outcomes(whole, partial(_read, whole))[:1]  # alone; then the rest at once
        got = _outcomes(whole, partial(_read, whole))
        assert got == expected, cls.__name__
        if first and first[0][0] == "read":
            name = cls._declared_fields[0].name
            assert got[0] == first[0] and getattr(whole, name) is whole.__dict__[name]
        assert whole.to_dict() == data


def test_a_value_the_fast_way_refuses_but_its_decoder_accepts_reads_the_same() -> None:
    b = BookingOutput.from_dict(booking(duration=30.0, start="2025-10-01T09:00:00"))
    assert b.duration == 30 and type(b.duration) is int
    assert b.start == datetime(2025, 10, 1, 9, tzinfo=UTC)


# -- a nested model decoded inline: a wrong value in it fails only its own read -----------------------


def test_a_wrong_value_in_a_nested_model_fails_only_its_own_read(monkeypatch: pytest.MonkeyPatch) -> None:
    careful = _count_careful(monkeypatch)
    host = {"id": 7, "name": "Jane", "email": 5, "username": "jane", "timeZone": "UTC"}
    b = BookingOutput.from_dict(booking(hosts=[host], eventType={"id": 5, "slug": "intro"}))
    assert b.uid == "bk_1" and b.title == "Intro call" and careful == []  # each alone
    assert b.event_type is not None and b.event_type.slug == "intro" and b.duration == 30
    assert careful == ["BookingOutput"]  # the third read: the careful way, once
    h = b.hosts[0]
    assert isinstance(h, BookingHost) and h.name == "Jane" and h.username == "jane"
    with pytest.raises(ResponseValidationError) as caught:
        _ = h.email
    assert (caught.value.model, caught.value.field) == ("BookingHost", "email")
    assert "field 'email' should be a string, the server sent int 5" in str(caught.value)
    assert h.id == 7 and h.time_zone == "UTC"


# -- the items of a page ------------------------------------------------------------------------------


def _page(n: int, **over: Any) -> list[Any]:
    body = {"status": "success", "data": [booking(f"bk_{i}", **over) for i in range(n)]}
    items, _ = decode_page("bookings.list", body, model("booking_output", "BookingOutput"), single=False)
    return items


ALL_FIELDS = {f.name for f in BookingOutput._declared_fields}


def test_a_page_read_in_full_is_decoded_at_once_after_its_second_item() -> None:
    items = _page(5)
    early = items[3].start  # one field of an item before the walk reaches it
    for b in items[:2]:
        assert b.uid and b.title and b.status
    assert set(vars(items[2])) == ALL_FIELDS, "the rest of the page decoded with the second item"
    assert set(vars(items[4])) == ALL_FIELDS and items[4].hosts[0].email == "j@x.io"
    assert items[3].start is early and set(vars(items[3])) == ALL_FIELDS
    assert [b.uid for b in items] == [f"bk_{i}" for i in range(5)]


def test_a_page_read_one_field_per_item_decodes_nothing_else() -> None:
    items = _page(4)
    assert [b.uid for b in items] == ["bk_0", "bk_1", "bk_2", "bk_3"]
    assert [list(vars(b)) for b in items] == [["uid"]] * 4
    assert items[0].uid and items[0].title and items[0].status  # one item read in full: only it
    assert set(vars(items[0])) == ALL_FIELDS and [list(vars(b)) for b in items[1:]] == [["uid"]] * 3


def test_a_wrong_value_in_a_page_fails_only_its_own_read() -> None:
    items = _page(3)
    items[2]._data["duration"] = "30"  # as if the server had sent it so
    for b in items[:2]:
        assert b.uid and b.duration == 30 and b.title  # read in full: the page decoded at once
    bad = items[2]
    assert bad.title == "Intro call" and bad.start == datetime(2025, 10, 1, 9, tzinfo=UTC)
    with pytest.raises(ResponseValidationError, match="field 'duration' should be an integer"):
        _ = bad.duration


def test_the_items_of_a_page_hold_no_reference_cycle() -> None:
    import gc
    import weakref

    gc.disable()
    try:
        items = _page(3)
        _ = items[0].uid
        gone = weakref.ref(items[1])
        kept = items[2]
        del items
        assert gone() is None, "freed by reference counting alone"
        assert kept.uid == "bk_2" and kept.title == "Intro call"  # its page is gone: read alone
    finally:
        gc.enable()


def test_a_page_whose_items_are_not_all_models_is_not_shared() -> None:
    body = {"status": "success", "data": [["a"], ["b"]]}
    items, _ = decode_page("x.list", body, list_of(STR), single=False)
    assert items == [["a"], ["b"]]


# -- the keys of the JSON parser ----------------------------------------------------------------------


def test_a_decoder_written_from_one_parser_s_keys_reads_objects_with_other_key_strings() -> None:
    import orjson

    parsed = orjson.loads(orjson.dumps(delivery()))
    literal = delivery(uid="d2")
    assert list(parsed) == list(literal) and not any(a is b for a, b in zip(parsed, literal, strict=True))

    class Sample(ApiModel):
        __slots__ = ()
        uid: str = field("uid", STR, required=True)
        start: datetime = field("startTime", DATETIME, required=True)
        organizer: Person = field("organizer", model(Person), required=True)

    first = Sample.from_dict(parsed)
    assert first.uid == "d1" and first.start.year == 2030  # compiled from orjson's key strings
    second = Sample.from_dict(literal)
    assert second.uid == "d2" and second.start.year == 2030 and second.organizer.name == "Ann"
    assert set(vars(second)) == {"uid", "start", "organizer"}


# -- one_of: the model variant its keys describe ----------------------------------------------------


def test_one_of_picks_the_model_variant_its_keys_describe() -> None:
    from cal_async._fields import one_of
    from cal_async._generated.models import (
        GetRecurringSeatedBookingOutput,
        GetSeatedBookingOutput,
        RecurringBookingOutput,
    )

    variants = one_of(
        model("booking_output", "BookingOutput"),
        model("recurring_booking_output", "RecurringBookingOutput"),
        model("get_seated_booking_output", "GetSeatedBookingOutput"),
        model("get_recurring_seated_booking_output", "GetRecurringSeatedBookingOutput"),
        STR,
    )
    earlier = list_of(variants)  # built before the first use: keeps working after it
    seated = {k: v for k, v in booking().items() if k != "bookingFieldsResponses"}
    assert type(variants(booking())) is BookingOutput
    assert type(variants(booking(recurringBookingUid="r"))) is RecurringBookingOutput
    assert type(variants(seated)) is GetSeatedBookingOutput
    assert type(variants({**seated, "recurringBookingUid": "r"})) is GetRecurringSeatedBookingOutput
    assert [type(v) for v in earlier([booking(), seated])] == [BookingOutput, GetSeatedBookingOutput]
    assert variants("text") == "text"
    with pytest.raises(Mismatch, match="a BookingOutput object or"):
        variants(5)

    no_other = one_of(model("booking_output", "BookingOutput"), model("event_type", "EventType"))
    closest = no_other({"id": 1, "slug": "x", "title": "no booking"})  # no variant's keys: the closest
    assert type(closest).__name__ == "EventType" and closest.slug == "x"
