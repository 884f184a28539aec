"""Each model class's own decoder: every declared field of an instance decoded in one call.

A model instance is a view over its JSON object (``_data``). Its first field read is decoded
alone; the second (``Field.__get__``) runs its class's ``_decode_fields(obj)``, which decodes every
declared field, and the models nested in them, into the instance ``__dict__``; from then on each
read is a plain attribute lookup. Reading a page field by field through the descriptors cost a
Python call and a decoder call per field; here it is one call per object, into straight-line code
written for the class from its ``field(...)`` declarations (generated and hand-written models
alike) the first time it is needed: ``v3 = data["start"]``, ``if type(v3) is not str: ...``,
``r3 = parse_instant(v3)``, one dict display at the end.

That code is the fast way, taken when every value has its declared type. On the first value that
does not (a wrong type, a required key missing, a decoder refusing), it gives the object to the
careful way instead: field by field, each decoder on its own, leaving out the fields whose value
is wrong. Reading one of those decodes it again (``Field.decode_one``), which raises
``ResponseValidationError``; so a field nobody reads never fails a response, and one bad field
spoils no other, exactly as when each field was decoded on its own first read.

A ``custom`` decoder (any function wrapped in ``Decoder``) is called as it is, in both ways.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Final

from ._instants import parse_instant
from ._sentinel import UNSET

if TYPE_CHECKING:
    from ._fields import Decoder, Field
    from ._models import ApiModel

__all__ = ["declared_fields", "install"]

#: A model class's decoder: fills ``obj.__dict__`` with its decoded fields and returns it.
DecodeFields = Callable[[Any], dict[str, Any]]

# A value that is its own decoded form when this check, with ``{v}`` the value, is false.
_REFUSES: Final[dict[str, str]] = {
    "str": "type({v}) is not str",
    "int": "type({v}) is not int",  # 60.0 is the integer 60: the careful way accepts it
    "bool": "type({v}) is not bool",
    "float": "type({v}) is not float and type({v}) is not int",
    "null": "{v} is not None",
    "object": "type({v}) is not dict",
    "any": "False",
}


def declared_fields(cls: type) -> tuple[Field[Any], ...]:
    """The fields ``cls`` declares, its bases' first (a redeclared name keeps its first place)."""
    from ._fields import Field

    found: dict[str, Field[Any]] = {}
    for klass in reversed(cls.__mro__):
        for name, attr in vars(klass).items():
            if isinstance(attr, Field):
                found[name] = attr
    return tuple(found.values())


def install(cls: type[ApiModel]) -> None:
    """Give ``cls`` its ``_decode_fields``, written and compiled when first called."""

    def first_use(obj: Any) -> dict[str, Any]:
        decode = compile_decoder(cls._declared_fields)
        cls._decode_fields = staticmethod(decode)  # type: ignore[assignment]
        return decode(obj)

    cls._decode_fields = staticmethod(first_use)  # type: ignore[method-assign]


def _set_dict_of(obj: object, values: dict[str, Any]) -> None:
    from ._models import ApiModel

    ApiModel.__dict__["__dict__"].__set__(obj, values)


def decode_carefully(fields: Iterable[Field[Any]], obj: Any) -> dict[str, Any]:
    """The careful way: each field on its own; a field whose value is refused is left out."""
    data = obj._data
    values: dict[str, Any] = {}
    for f in fields:
        if f.key in data:
            try:
                values[f.name] = f._decode(data[f.key])
            except Exception:  # any error, a custom decoder's too: reading the field raises it again
                continue
        elif not f.required:
            values[f.name] = UNSET
    _set_dict_of(obj, values)
    return values


def compile_decoder(fields: tuple[Field[Any], ...]) -> DecodeFields:
    """The fast way for these fields, as one function (see the module doc)."""
    source = _Source(fields)
    return source.compile()


class _Source:
    """The text of one class's decoder, and the objects it refers to by name."""

    def __init__(self, fields: tuple[Field[Any], ...]) -> None:
        from ._models import ApiModel

        self.fields = fields
        self.lines: list[str] = []
        self._count = 0
        self.env: dict[str, Any] = {
            "UNSET": UNSET,
            "parse_instant": parse_instant,
            "new": object.__new__,
            "set_data": ApiModel.__dict__["_data"].__set__,
            "set_dict": ApiModel.__dict__["__dict__"].__set__,
            "careful": lambda obj: decode_carefully(fields, obj),
        }

    def _name(self, prefix: str) -> str:
        self._count += 1
        return f"{prefix}{self._count}"

    def _const(self, value: object, prefix: str) -> str:
        name = self._name(prefix)
        self.env[name] = value
        return name

    def _emit(self, depth: int, line: str) -> None:
        self.lines.append("    " * depth + line)

    def compile(self) -> DecodeFields:
        self._emit(0, "def decode_fields(obj):")
        self._emit(1, "data = obj._data")
        self._emit(1, "try:")
        raw = []
        for index, f in enumerate(self.fields):
            name = f"v{index}"
            raw.append(name)
            if f.required:
                self._emit(2, f"{name} = data[{f.key!r}]")
            else:
                self._emit(2, f"{name} = data.get({f.key!r}, UNSET)")
        # One store per field into an empty dict: a display of more than 16 pairs is built pair by
        # pair anyway, and costs more.
        self._emit(2, "values = {}")
        for f, name in zip(self.fields, raw, strict=True):
            self._emit(2, f"values[{f.name!r}] = {self._field(f, name)}")
        self._emit(1, "except Exception:")
        self._emit(2, "return careful(obj)")
        self._emit(1, "set_dict(obj, values)")
        self._emit(1, "return values")
        code = compile("\n".join(self.lines) + "\n", "<cal_async field decoder>", "exec")
        namespace = dict(self.env)
        exec(code, namespace)  # the source written above, from the class's own declarations
        decode: DecodeFields = namespace["decode_fields"]
        return decode

    def _field(self, f: Field[Any], raw: str) -> str:
        """Emit one field's check and decoding (inside the ``try``); gives the decoded value."""
        if f.required:
            return self._value(f.decoder, raw, 2)
        refuses = _refuses(f.decoder, raw)
        if refuses is not None:
            if refuses != "False":
                self._emit(2, f"if {raw} is not UNSET and ({refuses}):")
                self._emit(3, "return careful(obj)")
            return raw
        out = self._name("r")
        self._emit(2, f"if {raw} is UNSET:")
        self._emit(3, f"{out} = UNSET")
        self._emit(2, "else:")
        self._emit(3, f"{out} = {self._value(f.decoder, raw, 3)}")
        return out

    def _value(self, decoder: Decoder[Any], raw: str, depth: int) -> str:
        """Emit the decoding of ``raw`` (a variable) by ``decoder``; gives the decoded value."""
        refuses = _refuses(decoder, raw)
        if refuses is not None:  # the value is its own decoded form
            if refuses != "False":
                self._emit(depth, f"if {refuses}:")
                self._emit(depth + 1, "return careful(obj)")
            return raw
        kind = decoder.kind
        out = self._name("r")
        if kind == "datetime":  # _fields._datetime: the one ISO parser, every value read aware
            self._emit(depth, f"if type({raw}) is not str:")
            self._emit(depth + 1, "return careful(obj)")
            self._emit(depth, f"{out} = parse_instant({raw})")
        elif kind == "model":  # a view, decoded now too (its own careful way if it must)
            model_cls = decoder.ref.get()  # type: ignore[attr-defined]
            cls = self._const(model_cls, "Model")
            self._emit(depth, f"if type({raw}) is not dict:")
            self._emit(depth + 1, "return careful(obj)")
            self._emit(depth, f"{out} = new({cls})")
            self._emit(depth, f"set_data({out}, {raw})")
            if model_cls._declared_fields:
                self._emit(depth, f"{cls}._decode_fields({out})")
        elif kind == "enum":  # _fields.enum_of: a listed value is a dict lookup
            cls = decoder.parts[0]
            members = self._const(cls._value2member_map_, "members")
            member_type = "str" if issubclass(cls, str) else "int"
            self._emit(depth, f"{out} = {members}.get({raw}) if type({raw}) is {member_type} else None")
            self._emit(depth, f"if {out} is None:")
            self._emit(depth + 1, f"{out} = {self._const(decoder._fn, 'enum')}({raw})")
        elif kind == "nullable":
            self._emit(depth, f"if {raw} is None:")
            self._emit(depth + 1, f"{out} = None")
            self._emit(depth, "else:")
            self._emit(depth + 1, f"{out} = {self._value(decoder.parts[0], raw, depth + 1)}")
        elif kind == "list":
            item = self._name("item")
            self._emit(depth, f"if type({raw}) is not list:")
            self._emit(depth + 1, "return careful(obj)")
            self._emit(depth, f"{out} = []")
            self._emit(depth, f"for {item} in {raw}:")
            self._emit(depth + 1, f"{out}.append({self._value(decoder.parts[0], item, depth + 1)})")
        else:  # date, dict, one_of, custom: the decoder itself (it raises on a wrong value)
            self._emit(depth, f"{out} = {self._const(decoder._fn, 'decode')}({raw})")
        return out


def _refuses(decoder: Decoder[Any], raw: str) -> str | None:
    """When ``decoder`` gives a value as it is: the check refusing it (``"False"``: none);
    otherwise None."""
    kind = decoder.kind
    if kind in _REFUSES:
        return _REFUSES[kind].format(v=raw)
    if kind == "nullable":
        inner = _refuses(decoder.parts[0], raw)
        if inner is None or inner == "False":
            return inner
        return f"{raw} is not None and ({inner})"
    if kind == "one_of":
        checks = [_refuses(part, raw) for part in decoder.parts]
        if all(check is not None for check in checks):
            if "False" in checks:
                return "False"
            return " and ".join(f"({check})" for check in checks)
    return None
