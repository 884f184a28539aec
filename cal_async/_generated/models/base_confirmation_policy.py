# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    BOOL,
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .base_confirmation_policy_type import BaseConfirmationPolicyType

if TYPE_CHECKING:
    from .notice_threshold import NoticeThreshold, NoticeThresholdDict

    pass


class BaseConfirmationPolicy(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    type_: BaseConfirmationPolicyType = field("type", enum_of(BaseConfirmationPolicyType), required=True)
    """ The policy that determines when confirmation is required """
    block_unconfirmed_bookings_in_booker: bool = field("blockUnconfirmedBookingsInBooker", BOOL, required=True)
    """ Unconfirmed bookings still block calendar slots. """
    notice_threshold: NoticeThreshold | Unset = field(
        "noticeThreshold", model("notice_threshold", "NoticeThreshold"), required=False
    )

    def __init__(
        self,
        *,
        type_: BaseConfirmationPolicyType,
        block_unconfirmed_bookings_in_booker: bool,
        notice_threshold: NoticeThreshold | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "type": type_,
                "blockUnconfirmedBookingsInBooker": block_unconfirmed_bookings_in_booker,
                "noticeThreshold": notice_threshold,
            }
        )


class BaseConfirmationPolicyDict(TypedDict, total=False):
    """``BaseConfirmationPolicy`` as a plain dict with the API's JSON names, for request bodies."""

    type: Required[BaseConfirmationPolicyType | Literal["always", "time"]]
    blockUnconfirmedBookingsInBooker: Required[bool]
    noticeThreshold: NoticeThreshold | NoticeThresholdDict
