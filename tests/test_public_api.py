"""Every public name resolves, and importing the package loads no runtime module eagerly."""

from __future__ import annotations

import importlib
import types
import typing

import pytest

import cal_async
import cal_async.types
from tests.fresh_process import modules_loaded


@pytest.mark.parametrize("name", sorted(set(cal_async.__all__) - {"__version__"}))
def test_every_public_name_resolves(name: str) -> None:
    value = getattr(cal_async, name)
    if name == "UNSET":  # the sentinel is an instance, the one value of Unset
        assert value is cal_async.Unset() and repr(value) == "UNSET"
        return
    if isinstance(value, types.UnionType):  # a type alias (AnyBooking): public models, or lists of them
        members = [
            typing.get_args(m)[0] if typing.get_origin(m) is list else m for m in typing.get_args(value)
        ]
        assert all(getattr(cal_async.types, m.__name__) is m for m in members)
        return
    assert value.__name__ == name


def test_types_namespace_exports_models_lazily() -> None:
    import cal_async.types as types
    from cal_async._generated import models

    assert types.UNSET is cal_async.UNSET
    assert types.BookingOutput is models.BookingOutput
    assert "CreateBookingInputDict" in dir(types) and len(dir(types)) > 600
    with pytest.raises(AttributeError, match="NoSuchModel"):
        _ = types.NoSuchModel  # type: ignore[attr-defined]


def test_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        _ = cal_async.Nope  # type: ignore[attr-defined]


def test_resources_exports_its_names_lazily() -> None:
    import cal_async.resources as resources
    from cal_async.resources.bookings import BookingHelpers

    assert dir(resources) == sorted(resources.__all__)
    assert resources.BookingHelpers is BookingHelpers
    assert resources.SlotUnavailableError is cal_async.SlotUnavailableError  # from .._errors
    with pytest.raises(AttributeError, match=r"module 'cal_async\.resources' has no attribute 'Nope'"):
        _ = resources.Nope  # type: ignore[attr-defined]


def test_types_is_a_module_not_a_package() -> None:
    # types forwards unknown names to the generated models package; forwarding ``__path__`` too
    # made ``import cal_async.types.booking_output`` load a second copy of a model module.
    import cal_async.types as types

    assert not hasattr(types, "__path__")
    with pytest.raises(ImportError, match="not a package"):
        importlib.import_module("cal_async.types.booking_output")


def test_import_is_lazy() -> None:
    # The version, and the loader that imports every other module on first use.
    assert modules_loaded("import cal_async", "cal_async.", "httpx") == [
        "cal_async._lazy_exports",
        "cal_async._version",
    ]
