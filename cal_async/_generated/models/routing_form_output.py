# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

if TYPE_CHECKING:
    from ..models.routing_form_output_fields_type_0 import RoutingFormOutputFieldsType0
    from ..models.routing_form_output_routes_type_0 import RoutingFormOutputRoutesType0
    from ..models.routing_form_output_settings_type_0 import RoutingFormOutputSettingsType0


class RoutingFormOutput(ApiModel):
    """
    Attributes:
        name (str):  Example: My Form.
        description (None | str):  Example: This is the description..
        position (int):  Example: 0.
        created_at (str):  Example: 2024-03-28T10:00:00.000Z.
        updated_at (str):  Example: 2024-03-28T10:00:00.000Z.
        user_id (int):  Example: 2313.
        team_id (int | None):  Example: 4214321.
        disabled (bool):  Example: False.
        id (str):
        routes (None | RoutingFormOutputRoutesType0):
        fields (None | RoutingFormOutputFieldsType0):
        settings (None | RoutingFormOutputSettingsType0):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "name",
            "description",
            "position",
            "createdAt",
            "updatedAt",
            "userId",
            "teamId",
            "disabled",
            "id",
            "routes",
            "fields",
            "settings",
        }
    )
    _required = frozenset(
        {
            "name",
            "description",
            "position",
            "createdAt",
            "updatedAt",
            "userId",
            "teamId",
            "disabled",
            "id",
            "routes",
            "fields",
            "settings",
        }
    )

    def __init__(
        self,
        *,
        name: str,
        description: None | str,
        position: int,
        created_at: str,
        updated_at: str,
        user_id: int,
        team_id: int | None,
        disabled: bool,
        id: str,
        routes: None | RoutingFormOutputRoutesType0,
        fields: None | RoutingFormOutputFieldsType0,
        settings: None | RoutingFormOutputSettingsType0,
        **extra: Any,
    ) -> None:
        from ..models.routing_form_output_fields_type_0 import RoutingFormOutputFieldsType0  # noqa: PLC0415
        from ..models.routing_form_output_routes_type_0 import RoutingFormOutputRoutesType0  # noqa: PLC0415
        from ..models.routing_form_output_settings_type_0 import RoutingFormOutputSettingsType0  # noqa: PLC0415

        data: dict[str, Any] = {}
        data["name"] = name

        data["description"] = description

        data["position"] = position

        data["createdAt"] = created_at

        data["updatedAt"] = updated_at

        data["userId"] = user_id

        data["teamId"] = team_id

        data["disabled"] = disabled

        data["id"] = id

        if isinstance(routes, RoutingFormOutputRoutesType0):
            data["routes"] = as_json(routes)
        else:
            data["routes"] = routes

        if isinstance(fields, RoutingFormOutputFieldsType0):
            data["fields"] = as_json(fields)
        else:
            data["fields"] = fields

        if isinstance(settings, RoutingFormOutputSettingsType0):
            data["settings"] = as_json(settings)
        else:
            data["settings"] = settings

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def name(self) -> str:
        return cast(str, self._req("name"))

    @property
    def description(self) -> None | str:
        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(self._req("description"))

        return description

    @property
    def position(self) -> int:
        return cast(int, self._req("position"))

    @property
    def created_at(self) -> str:
        return cast(str, self._req("createdAt"))

    @property
    def updated_at(self) -> str:
        return cast(str, self._req("updatedAt"))

    @property
    def user_id(self) -> int:
        return cast(int, self._req("userId"))

    @property
    def team_id(self) -> int | None:
        def _parse_team_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        team_id = _parse_team_id(self._req("teamId"))

        return team_id

    @property
    def disabled(self) -> bool:
        return cast(bool, self._req("disabled"))

    @property
    def id(self) -> str:
        return cast(str, self._req("id"))

    @property
    def routes(self) -> None | RoutingFormOutputRoutesType0:
        from ..models.routing_form_output_routes_type_0 import RoutingFormOutputRoutesType0  # noqa: PLC0415

        def _parse_routes(data: object) -> None | RoutingFormOutputRoutesType0:
            if data is None:
                return data
            try:
                if not RoutingFormOutputRoutesType0._matches(data):
                    raise TypeError()
                routes_type_0 = RoutingFormOutputRoutesType0.from_dict(data)

                return routes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RoutingFormOutputRoutesType0, data)

        routes = _parse_routes(self._req("routes"))

        return routes

    @property
    def fields(self) -> None | RoutingFormOutputFieldsType0:
        from ..models.routing_form_output_fields_type_0 import RoutingFormOutputFieldsType0  # noqa: PLC0415

        def _parse_fields(data: object) -> None | RoutingFormOutputFieldsType0:
            if data is None:
                return data
            try:
                if not RoutingFormOutputFieldsType0._matches(data):
                    raise TypeError()
                fields_type_0 = RoutingFormOutputFieldsType0.from_dict(data)

                return fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RoutingFormOutputFieldsType0, data)

        fields = _parse_fields(self._req("fields"))

        return fields

    @property
    def settings(self) -> None | RoutingFormOutputSettingsType0:
        from ..models.routing_form_output_settings_type_0 import RoutingFormOutputSettingsType0  # noqa: PLC0415

        def _parse_settings(data: object) -> None | RoutingFormOutputSettingsType0:
            if data is None:
                return data
            try:
                if not RoutingFormOutputSettingsType0._matches(data):
                    raise TypeError()
                settings_type_0 = RoutingFormOutputSettingsType0.from_dict(data)

                return settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RoutingFormOutputSettingsType0, data)

        settings = _parse_settings(self._req("settings"))

        return settings
