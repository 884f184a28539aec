# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class InputLinkLocation(ApiModel):
    """
    Attributes:
        type_ (str): only allowed value for type is `link` Example: link.
        link (str):  Example: https://customvideo.com/join/123456.
        public (bool):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "type",
            "link",
            "public",
        }
    )
    _required = frozenset(
        {
            "type",
            "link",
            "public",
        }
    )

    def __init__(
        self,
        *,
        type_: str,
        link: str,
        public: bool,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["type"] = type_

        data["link"] = link

        data["public"] = public

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def type_(self) -> str:
        """only allowed value for type is `link`"""
        return cast(str, self._req("type"))

    @property
    def link(self) -> str:
        return cast(str, self._req("link"))

    @property
    def public(self) -> bool:
        return cast(bool, self._req("public"))
