# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.integration_app_data_type_0 import IntegrationAppDataType0
    from ..models.integration_location_option_type_0 import IntegrationLocationOptionType0


class Integration(ApiModel):
    """
    Attributes:
        name (str):
        description (str):
        type_ (str):
        variant (str):
        categories (list[str]):
        logo (str):
        publisher (str):
        slug (str):
        url (str):
        email (str):
        location_option (IntegrationLocationOptionType0 | None):
        app_data (IntegrationAppDataType0 | None | Unset):
        dir_name (str | Unset):
        field_template (str | Unset):
        installed (bool | Unset):
        title (str | Unset):
        category (str | Unset):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "name",
            "description",
            "type",
            "variant",
            "categories",
            "logo",
            "publisher",
            "slug",
            "url",
            "email",
            "locationOption",
            "appData",
            "dirName",
            "__template",
            "installed",
            "title",
            "category",
        }
    )
    _required = frozenset(
        {
            "name",
            "description",
            "type",
            "variant",
            "categories",
            "logo",
            "publisher",
            "slug",
            "url",
            "email",
            "locationOption",
        }
    )

    def __init__(
        self,
        *,
        name: str,
        description: str,
        type_: str,
        variant: str,
        categories: list[str],
        logo: str,
        publisher: str,
        slug: str,
        url: str,
        email: str,
        location_option: IntegrationLocationOptionType0 | None,
        app_data: IntegrationAppDataType0 | None | Unset = UNSET,
        dir_name: str | Unset = UNSET,
        field_template: str | Unset = UNSET,
        installed: bool | Unset = UNSET,
        title: str | Unset = UNSET,
        category: str | Unset = UNSET,
        **extra: Any,
    ) -> None:
        from ..models.integration_app_data_type_0 import IntegrationAppDataType0  # noqa: PLC0415
        from ..models.integration_location_option_type_0 import IntegrationLocationOptionType0  # noqa: PLC0415

        data: dict[str, Any] = {}
        data["name"] = name

        data["description"] = description

        data["type"] = type_

        data["variant"] = variant

        data["categories"] = categories

        data["logo"] = logo

        data["publisher"] = publisher

        data["slug"] = slug

        data["url"] = url

        data["email"] = email

        if isinstance(location_option, IntegrationLocationOptionType0):
            data["locationOption"] = as_json(location_option)
        else:
            data["locationOption"] = location_option

        if isinstance(app_data, Unset):
            _app_data = UNSET
        elif isinstance(app_data, IntegrationAppDataType0):
            _app_data = as_json(app_data)
        else:
            _app_data = app_data

        if not isinstance(_app_data, Unset):
            data["appData"] = _app_data
        _dir_name = dir_name

        if not isinstance(_dir_name, Unset):
            data["dirName"] = _dir_name
        _field_template = field_template

        if not isinstance(_field_template, Unset):
            data["__template"] = _field_template
        _installed = installed

        if not isinstance(_installed, Unset):
            data["installed"] = _installed
        _title = title

        if not isinstance(_title, Unset):
            data["title"] = _title
        _category = category

        if not isinstance(_category, Unset):
            data["category"] = _category
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def name(self) -> str:
        return cast(str, self._req("name"))

    @property
    def description(self) -> str:
        return cast(str, self._req("description"))

    @property
    def type_(self) -> str:
        return cast(str, self._req("type"))

    @property
    def variant(self) -> str:
        return cast(str, self._req("variant"))

    @property
    def categories(self) -> list[str]:
        categories = cast(list[str], self._req("categories"))

        return categories

    @property
    def logo(self) -> str:
        return cast(str, self._req("logo"))

    @property
    def publisher(self) -> str:
        return cast(str, self._req("publisher"))

    @property
    def slug(self) -> str:
        return cast(str, self._req("slug"))

    @property
    def url(self) -> str:
        return cast(str, self._req("url"))

    @property
    def email(self) -> str:
        return cast(str, self._req("email"))

    @property
    def location_option(self) -> IntegrationLocationOptionType0 | None:
        from ..models.integration_location_option_type_0 import IntegrationLocationOptionType0  # noqa: PLC0415

        def _parse_location_option(data: object) -> IntegrationLocationOptionType0 | None:
            if data is None:
                return data
            try:
                if not IntegrationLocationOptionType0._matches(data):
                    raise TypeError()
                location_option_type_0 = IntegrationLocationOptionType0.from_dict(data)

                return location_option_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IntegrationLocationOptionType0 | None, data)

        location_option = _parse_location_option(self._req("locationOption"))

        return location_option

    @property
    def app_data(self) -> IntegrationAppDataType0 | None | Unset:
        from ..models.integration_app_data_type_0 import IntegrationAppDataType0  # noqa: PLC0415

        def _parse_app_data(data: object) -> IntegrationAppDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not IntegrationAppDataType0._matches(data):
                    raise TypeError()
                app_data_type_0 = IntegrationAppDataType0.from_dict(data)

                return app_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IntegrationAppDataType0 | None | Unset, data)

        app_data = _parse_app_data(self._data.get("appData", UNSET))

        return app_data

    @property
    def dir_name(self) -> str | Unset:
        return cast(str | Unset, self._data.get("dirName", UNSET))

    @property
    def field_template(self) -> str | Unset:
        return cast(str | Unset, self._data.get("__template", UNSET))

    @property
    def installed(self) -> bool | Unset:
        return cast(bool | Unset, self._data.get("installed", UNSET))

    @property
    def title(self) -> str | Unset:
        return cast(str | Unset, self._data.get("title", UNSET))

    @property
    def category(self) -> str | Unset:
        return cast(str | Unset, self._data.get("category", UNSET))
