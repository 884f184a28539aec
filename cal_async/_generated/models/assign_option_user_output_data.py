# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class AssignOptionUserOutputData(ApiModel):
    """
    Attributes:
        id (str): The ID of the option assigned to the user
        member_id (int): The ID form the org membership for the user
        attribute_option_id (str): The value of the option
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "id",
            "memberId",
            "attributeOptionId",
        }
    )
    _required = frozenset(
        {
            "id",
            "memberId",
            "attributeOptionId",
        }
    )

    def __init__(
        self,
        *,
        id: str,
        member_id: int,
        attribute_option_id: str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["id"] = id

        data["memberId"] = member_id

        data["attributeOptionId"] = attribute_option_id

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def id(self) -> str:
        """The ID of the option assigned to the user"""
        return cast(str, self._req("id"))

    @property
    def member_id(self) -> int:
        """The ID form the org membership for the user"""
        return cast(int, self._req("memberId"))

    @property
    def attribute_option_id(self) -> str:
        """The value of the option"""
        return cast(str, self._req("attributeOptionId"))
