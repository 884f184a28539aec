# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.base_confirmation_policy_type import BaseConfirmationPolicyType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notice_threshold import NoticeThreshold


class BaseConfirmationPolicy(ApiModel):
    """
    Attributes:
        type_ (BaseConfirmationPolicyType): The policy that determines when confirmation is required Example: always.
        block_unconfirmed_bookings_in_booker (bool): Unconfirmed bookings still block calendar slots.
        notice_threshold (NoticeThreshold | Unset):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "type",
            "blockUnconfirmedBookingsInBooker",
            "noticeThreshold",
        }
    )
    _required = frozenset(
        {
            "type",
            "blockUnconfirmedBookingsInBooker",
        }
    )

    def __init__(
        self,
        *,
        type_: BaseConfirmationPolicyType,
        block_unconfirmed_bookings_in_booker: bool,
        notice_threshold: NoticeThreshold | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["type"] = BaseConfirmationPolicyType(type_).value

        data["blockUnconfirmedBookingsInBooker"] = block_unconfirmed_bookings_in_booker

        _notice_threshold = UNSET
        if not isinstance(notice_threshold, Unset):
            _notice_threshold = as_json(notice_threshold)

        if not isinstance(_notice_threshold, Unset):
            data["noticeThreshold"] = _notice_threshold
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def type_(self) -> BaseConfirmationPolicyType:
        """The policy that determines when confirmation is required"""
        type_ = BaseConfirmationPolicyType(self._req("type"))

        return type_

    @property
    def block_unconfirmed_bookings_in_booker(self) -> bool:
        """Unconfirmed bookings still block calendar slots."""
        return cast(bool, self._req("blockUnconfirmedBookingsInBooker"))

    @property
    def notice_threshold(self) -> NoticeThreshold | Unset:
        from ..models.notice_threshold import NoticeThreshold  # noqa: PLC0415

        _notice_threshold = self._data.get("noticeThreshold", UNSET)
        notice_threshold: NoticeThreshold | Unset
        if isinstance(_notice_threshold, Unset):
            notice_threshold = UNSET
        else:
            notice_threshold = NoticeThreshold.from_dict(_notice_threshold)

        return notice_threshold
