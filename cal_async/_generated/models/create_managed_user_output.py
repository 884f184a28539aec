# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.create_managed_user_output_status import CreateManagedUserOutputStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_managed_user_data import CreateManagedUserData
    from ..models.create_managed_user_output_error import CreateManagedUserOutputError


class CreateManagedUserOutput(ApiModel):
    """
    Attributes:
        status (CreateManagedUserOutputStatus):  Example: success.
        data (CreateManagedUserData):
        error (CreateManagedUserOutputError | Unset):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "status",
            "data",
            "error",
        }
    )
    _required = frozenset(
        {
            "status",
            "data",
        }
    )

    def __init__(
        self,
        *,
        status: CreateManagedUserOutputStatus,
        data: CreateManagedUserData,
        error: CreateManagedUserOutputError | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = CreateManagedUserOutputStatus(status).value

        data["data"] = as_json(data)

        _error = UNSET
        if not isinstance(error, Unset):
            _error = as_json(error)

        if not isinstance(_error, Unset):
            data["error"] = _error
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> CreateManagedUserOutputStatus:
        status = CreateManagedUserOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> CreateManagedUserData:
        from ..models.create_managed_user_data import CreateManagedUserData  # noqa: PLC0415

        data = CreateManagedUserData.from_dict(self._req("data"))

        return data

    @property
    def error(self) -> CreateManagedUserOutputError | Unset:
        from ..models.create_managed_user_output_error import CreateManagedUserOutputError  # noqa: PLC0415

        _error = self._data.get("error", UNSET)
        error: CreateManagedUserOutputError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = CreateManagedUserOutputError.from_dict(_error)

        return error
