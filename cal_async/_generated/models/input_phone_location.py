# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class InputPhoneLocation(ApiModel):
    """
    Attributes:
        type_ (str): only allowed value for type is `phone` Example: phone.
        phone (str):  Example: +37120993151.
        public (bool):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "type",
            "phone",
            "public",
        }
    )
    _required = frozenset(
        {
            "type",
            "phone",
            "public",
        }
    )

    def __init__(
        self,
        *,
        type_: str,
        phone: str,
        public: bool,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["type"] = type_

        data["phone"] = phone

        data["public"] = public

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def type_(self) -> str:
        """only allowed value for type is `phone`"""
        return cast(str, self._req("type"))

    @property
    def phone(self) -> str:
        return cast(str, self._req("phone"))

    @property
    def public(self) -> bool:
        return cast(bool, self._req("public"))
