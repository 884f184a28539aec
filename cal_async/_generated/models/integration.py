# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict

from cal_async._fields import (
    BOOL,
    STR,
    field,
    list_of,
    model,
    nullable,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    from .integration_app_data_type_0 import IntegrationAppDataType0
    from .integration_location_option_type_0 import IntegrationLocationOptionType0

    pass


class Integration(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    name: str = field("name", STR, required=True)
    description: str = field("description", STR, required=True)
    type_: str = field("type", STR, required=True)
    variant: str = field("variant", STR, required=True)
    categories: list[str] = field("categories", list_of(STR), required=True)
    logo: str = field("logo", STR, required=True)
    publisher: str = field("publisher", STR, required=True)
    slug: str = field("slug", STR, required=True)
    url: str = field("url", STR, required=True)
    email: str = field("email", STR, required=True)
    location_option: IntegrationLocationOptionType0 | None = field(
        "locationOption",
        nullable(model("integration_location_option_type_0", "IntegrationLocationOptionType0")),
        required=True,
    )
    app_data: IntegrationAppDataType0 | None | Unset = field(
        "appData", nullable(model("integration_app_data_type_0", "IntegrationAppDataType0")), required=False
    )
    dir_name: str | Unset = field("dirName", STR, required=False)
    field_template: str | Unset = field("__template", STR, required=False)
    installed: bool | Unset = field("installed", BOOL, required=False)
    title: str | Unset = field("title", STR, required=False)
    category: str | Unset = field("category", STR, required=False)

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
    ) -> None:
        self._set(
            {
                "name": name,
                "description": description,
                "type": type_,
                "variant": variant,
                "categories": categories,
                "logo": logo,
                "publisher": publisher,
                "slug": slug,
                "url": url,
                "email": email,
                "locationOption": location_option,
                "appData": app_data,
                "dirName": dir_name,
                "__template": field_template,
                "installed": installed,
                "title": title,
                "category": category,
            }
        )


class IntegrationDict(TypedDict, total=False):
    """``Integration`` as a plain dict with the API's JSON names, for request bodies."""

    name: Required[str]
    description: Required[str]
    type: Required[str]
    variant: Required[str]
    categories: Required[Sequence[str]]
    logo: Required[str]
    publisher: Required[str]
    slug: Required[str]
    url: Required[str]
    email: Required[str]
    locationOption: Required[IntegrationLocationOptionType0 | Mapping[str, Any] | None]
    appData: IntegrationAppDataType0 | Mapping[str, Any] | None
    dirName: str
    __template: str
    installed: bool
    title: str
    category: str
