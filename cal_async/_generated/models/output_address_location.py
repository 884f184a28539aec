# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class OutputAddressLocation(ApiModel):
    """
    Attributes:
        type_ (str): only allowed value for type is `address` Example: address.
        address (str):  Example: 123 Example St, City, Country.
        public (bool):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "type",
            "address",
            "public",
        }
    )
    _required = frozenset(
        {
            "type",
            "address",
            "public",
        }
    )

    def __init__(
        self,
        *,
        type_: str,
        address: str,
        public: bool,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["type"] = type_

        data["address"] = address

        data["public"] = public

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def type_(self) -> str:
        """only allowed value for type is `address`"""
        return cast(str, self._req("type"))

    @property
    def address(self) -> str:
        return cast(str, self._req("address"))

    @property
    def public(self) -> bool:
        return cast(bool, self._req("public"))
