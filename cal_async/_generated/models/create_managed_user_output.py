# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .create_managed_user_output_status import CreateManagedUserOutputStatus

if TYPE_CHECKING:
    from .create_managed_user_data import CreateManagedUserData, CreateManagedUserDataDict
    from .create_managed_user_output_error import CreateManagedUserOutputError

    pass


class CreateManagedUserOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: CreateManagedUserOutputStatus = field("status", enum_of(CreateManagedUserOutputStatus), required=True)
    data: CreateManagedUserData = field(
        "data", model("create_managed_user_data", "CreateManagedUserData"), required=True
    )
    error: CreateManagedUserOutputError | Unset = field(
        "error", model("create_managed_user_output_error", "CreateManagedUserOutputError"), required=False
    )

    def __init__(
        self,
        *,
        status: CreateManagedUserOutputStatus,
        data: CreateManagedUserData,
        error: CreateManagedUserOutputError | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
                "error": error,
            }
        )


class CreateManagedUserOutputDict(TypedDict, total=False):
    """``CreateManagedUserOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[CreateManagedUserOutputStatus | Literal["error", "success"]]
    data: Required[CreateManagedUserData | CreateManagedUserDataDict]
    error: CreateManagedUserOutputError | Mapping[str, Any]
