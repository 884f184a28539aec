# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.create_team_output_status import CreateTeamOutputStatus

if TYPE_CHECKING:
    from ..models.create_team_output_data import CreateTeamOutputData
    from ..models.team_output_dto import TeamOutputDto


class CreateTeamOutput(ApiModel):
    """
    Attributes:
        status (CreateTeamOutputStatus):  Example: success.
        data (CreateTeamOutputData | TeamOutputDto): Either an Output object or a TeamOutputDto.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "status",
            "data",
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
        status: CreateTeamOutputStatus,
        data: CreateTeamOutputData | TeamOutputDto,
        **extra: Any,
    ) -> None:
        from ..models.create_team_output_data import CreateTeamOutputData  # noqa: PLC0415

        data: dict[str, Any] = {}
        data["status"] = CreateTeamOutputStatus(status).value

        if isinstance(data, CreateTeamOutputData):
            data["data"] = as_json(data)
        else:
            data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> CreateTeamOutputStatus:
        status = CreateTeamOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> CreateTeamOutputData | TeamOutputDto:
        """Either an Output object or a TeamOutputDto."""
        from ..models.create_team_output_data import CreateTeamOutputData  # noqa: PLC0415
        from ..models.team_output_dto import TeamOutputDto  # noqa: PLC0415

        def _parse_data(data: object) -> CreateTeamOutputData | TeamOutputDto:
            try:
                if not CreateTeamOutputData._matches(data):
                    raise TypeError()
                data_type_0 = CreateTeamOutputData.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not TeamOutputDto._matches(data):
                    raise TypeError()
                data_type_1 = TeamOutputDto.from_dict(data)

                return data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateTeamOutputData | TeamOutputDto, data)

        data = _parse_data(self._req("data"))

        return data
