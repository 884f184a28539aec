"""Each model class's own decoder: every declared field of an instance decoded in one call.

A model instance is a view over its JSON object (``_data``). Its first two fields read are decoded
alone; the third (``Field.__get__``) runs its class's ``_decode_fields(obj)``, which decodes every
declared field, and the models nested in them, into the instance ``__dict__``; from then on each
read is a plain attribute lookup. Reading a page field by field through the descriptors cost a
Python call and a decoder call per field; here it is one call per object, into straight-line code
written for the class from its ``field(...)`` declarations (generated and hand-written models
alike) the first time it is needed: ``v3 = data[k3]``, ``if type(v3) is not str: ...``,
``r3 = parse_instant(v3)``. The models nested in it are written into the same code (a booking's
hosts, attendees, event type: no call per nested instance), and an object's dict is built in one
piece (a display, or a copy of a dict of its keys). The keys are looked up with the very string
objects the JSON parser gave the first object decoded (orjson gives the same one for the same key
in every object), which a dict finds by identity rather than by comparing strings.

That code is the fast way, taken when every value has its declared type. On the first value that
does not (a wrong type, a required key missing, a decoder refusing), it gives the object to the
careful way instead: field by field, each decoder on its own, leaving out the fields whose value
is wrong (a nested model is then a view again, with its own careful way). Reading one of those
decodes it again (``Field.decode_one``), which raises ``ResponseValidationError``; so a field
nobody reads never fails a response, and one bad field spoils no other, exactly as when each field
was decoded on its own first read.

The items of a page (:func:`share_page`, called by ``decode_page``) know their page: when a second
item of it is read in full, the caller is walking the page, and the rest of it is decoded at once
(:class:`Page`), sparing each item the first-read and second-read steps. A caller reading one field
per item (``uid`` while paging) never decodes more than that field.

A ``custom`` decoder (any function wrapped in ``Decoder``) is called as it is, in both ways.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import repeat
from typing import TYPE_CHECKING, Any, Final
from weakref import ReferenceType, ref

from ._instants import parse_instant
from ._sentinel import UNSET

if TYPE_CHECKING:
    from ._fields import Decoder, Field
    from ._models import ApiModel

__all__ = ["Page", "declared_fields", "install", "read_whole", "share_page"]

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
        decode = compile_decoder(cls._declared_fields, cls, obj._data)
        cls._decode_fields = staticmethod(decode)  # type: ignore[assignment]
        return decode(obj)

    cls._decode_fields = staticmethod(first_use)  # type: ignore[method-assign]


def read_whole(obj: Any) -> dict[str, Any]:
    """A third field of ``obj`` is read: decode all its fields (its class's ``_decode_fields``),
    and when it is the second item of its page read so, the rest of the page too."""
    values: dict[str, Any] = type(obj)._decode_fields(obj)
    page: Page | None = getattr(obj, "_page", None)  # set on the items of a page only
    if page is not None and page.items:
        page.read_in_full += 1
        if page.read_in_full == 2:
            page.decode()
    return values


def share_page(items: list[Any]) -> None:
    """Make model instances the items of one page (see :class:`Page`)."""
    from ._models import ApiModel

    set_page = ApiModel.__dict__["_page"].__set__  # the slot's own setter (models refuse setattr)
    page = Page(tuple(map(ref, items)))  # weakly: the items refer to their page, it not to them
    for _ in map(set_page, items, repeat(page)):
        pass


class Page:
    """The items of one page of a list call, for :func:`read_whole`.

    A caller who reads two fields of each of two items is reading the page in full (a sync loop
    over every booking); the other items are then decoded in one go, so that reading them is a
    plain attribute lookup from the first field on. Items are referred to weakly: they refer to
    their page, and a cycle would keep a page alive until the garbage collector ran.
    """

    __slots__ = ("items", "read_in_full")

    def __init__(self, items: tuple[ReferenceType[ApiModel], ...]) -> None:
        self.items = items
        self.read_in_full = 0

    def decode(self) -> None:
        items, self.items = self.items, ()  # once
        for alive in items:
            item = alive()
            if item is None:
                continue
            cache = item.__dict__
            if not cache:
                type(item)._decode_fields(item)
            elif len(cache) == 1:  # one field read: it keeps the value already returned
                type(item)._decode_fields(item).update(cache)


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


def compile_decoder(
    fields: tuple[Field[Any], ...], owner: type | None = None, sample: object = None
) -> DecodeFields:
    """The fast way for these fields (of ``owner``), as one function (see the module doc).

    ``sample``, the first JSON object decoded, lends its key strings: the JSON parser (orjson)
    gives every object the same string object for the same key, and a dict lookup with that very
    object is an identity check where an equal string is a string comparison."""
    source = _Source(fields, owner, _keys_of(sample))
    return source.compile()


def _keys_of(sample: object, limit: int = 2000) -> dict[str, str]:
    """The key strings of the JSON objects in ``sample`` (the first ``limit`` values looked at)."""
    keys: dict[str, str] = {}
    stack = [sample]
    while stack and limit > 0:
        limit -= 1
        node = stack.pop()
        if type(node) is dict:
            for key, value in node.items():
                if type(key) is str:
                    keys.setdefault(key, key)
                if type(value) is dict or type(value) is list:
                    stack.append(value)
        elif type(node) is list:
            stack.extend(node[:20])
    return keys


#: Nested models are decoded inline (in the code of the class holding them, no call per instance)
#: down to this depth, and while the function stays below _INLINE_FIELDS fields in all; deeper
#: ones, and a model inside itself, call their own class's decoder.
_INLINE_DEPTH: Final = 3
_INLINE_FIELDS: Final = 160
#: An object of at most this many fields is built by one dict display (one presized dict); a
#: bigger display is compiled in chunks of 16 merged one into another, and costs more than a store
#: per field.
_DISPLAY_FIELDS: Final = 16


class _Source:
    """The text of one class's decoder, and the objects it refers to by name."""

    def __init__(
        self, fields: tuple[Field[Any], ...], owner: type | None = None, keys: dict[str, str] | None = None
    ) -> None:
        from ._models import ApiModel

        self.fields = fields
        self.owner = owner
        self.keys = keys or {}
        self.lines: list[str] = []
        self._count = 0
        self._inlined = 0
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
        self._inlined = len(self.fields)
        outer = (self.owner,) if self.owner is not None else ()
        values = self._object(self.fields, "data", 2, outer)
        self._emit(1, "except Exception:")
        self._emit(2, "return careful(obj)")
        self._emit(1, f"set_dict(obj, {values})")
        self._emit(1, f"return {values}")
        code = compile("\n".join(self.lines) + "\n", "<cal_async field decoder>", "exec")
        namespace = dict(self.env)
        exec(code, namespace)  # the source written above, from the class's own declarations
        decode: DecodeFields = namespace["decode_fields"]
        return decode

    def _object(self, fields: tuple[Field[Any], ...], data: str, depth: int, inside: tuple[type, ...]) -> str:
        """Emit the decoding of every field of the JSON object ``data`` (a dict); gives the name
        of the dict of decoded values."""
        values = self._name("values")
        display = len(fields) <= _DISPLAY_FIELDS
        if not display:  # a copy of a dict of these keys: no resizing as the values go in
            keys = self._const(dict.fromkeys(f.name for f in fields), "keys")
            self._emit(depth, f"{values} = {keys}.copy()")
        raw = []
        for f in fields:
            name = self._name("v")
            raw.append(name)
            key = self._const(self.keys.get(f.key, f.key), "k")
            if f.required:
                self._emit(depth, f"{name} = {data}[{key}]")
            else:
                self._emit(depth, f"{name} = {data}.get({key}, UNSET)")
        pairs = []
        for f, name in zip(fields, raw, strict=True):
            value = self._field(f, name, depth, inside)
            if display:
                pairs.append(f"{f.name!r}: {value}")
            else:
                self._emit(depth, f"{values}[{f.name!r}] = {value}")
        if display:
            self._emit(depth, f"{values} = {{{', '.join(pairs)}}}")
        return values

    def _field(self, f: Field[Any], raw: str, depth: int, inside: tuple[type, ...]) -> str:
        """Emit one field's check and decoding (inside the ``try``); gives the decoded value."""
        if f.required:
            return self._value(f.decoder, raw, depth, inside)
        refuses = _refuses(f.decoder, raw)
        if refuses is not None:
            if refuses != "False":
                self._emit(depth, f"if {raw} is not UNSET and ({refuses}):")
                self._emit(depth + 1, "return careful(obj)")
            return raw
        out = self._name("r")
        self._emit(depth, f"if {raw} is UNSET:")
        self._emit(depth + 1, f"{out} = UNSET")
        self._emit(depth, "else:")
        self._emit(depth + 1, f"{out} = {self._value(f.decoder, raw, depth + 1, inside)}")
        return out

    def _value(self, decoder: Decoder[Any], raw: str, depth: int, inside: tuple[type, ...]) -> str:
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
        elif kind == "model":  # an instance, decoded now too (inline, or by its class's decoder)
            self._model(decoder.ref.get(), raw, out, depth, inside)  # type: ignore[attr-defined]
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
            self._emit(depth + 1, f"{out} = {self._value(decoder.parts[0], raw, depth + 1, inside)}")
        elif kind == "list":
            item = self._name("item")
            self._emit(depth, f"if type({raw}) is not list:")
            self._emit(depth + 1, "return careful(obj)")
            self._emit(depth, f"{out} = []")
            self._emit(depth, f"for {item} in {raw}:")
            self._emit(depth + 1, f"{out}.append({self._value(decoder.parts[0], item, depth + 1, inside)})")
        else:  # date, dict, one_of, custom: the decoder itself (it raises on a wrong value)
            self._emit(depth, f"{out} = {self._const(decoder._fn, 'decode')}({raw})")
        return out

    def _model(
        self, model_cls: type[ApiModel], raw: str, out: str, depth: int, inside: tuple[type, ...]
    ) -> None:
        """Emit ``out``, the instance of ``model_cls`` viewing ``raw``, its fields decoded."""
        cls = self._const(model_cls, "Model")
        fields = model_cls._declared_fields
        self._emit(depth, f"if type({raw}) is not dict:")
        self._emit(depth + 1, "return careful(obj)")
        inline = (
            fields
            and model_cls not in inside
            and len(inside) < _INLINE_DEPTH
            and self._inlined + len(fields) <= _INLINE_FIELDS
        )
        values = ""
        if inline:
            # A wrong value in it sends the whole object the careful way, where this model is a
            # view again: reading the wrong field (only it) raises, as always.
            self._inlined += len(fields)
            values = self._object(fields, raw, depth, (*inside, model_cls))
        self._emit(depth, f"{out} = new({cls})")
        self._emit(depth, f"set_data({out}, {raw})")
        if inline:
            self._emit(depth, f"set_dict({out}, {values})")
        elif fields:
            self._emit(depth, f"{cls}._decode_fields({out})")


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
