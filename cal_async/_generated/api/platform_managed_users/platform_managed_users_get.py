# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cal_async._models import as_json  # noqa: F401
from cal_async._path_params import path_segment  # noqa: F401

from ...models.get_managed_users_output import GetManagedUsersOutput
from ...types import UNSET, Unset

METHOD = "GET"
PATH = "/v2/oauth-clients/{client_id}/users"
AUTH: tuple[str, ...] = ("x-cal-secret-key",)
API_VERSION: str | None = None


def _get_kwargs(
    client_id: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    emails: list[str] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_emails: list[str] | Unset = UNSET
    if not isinstance(emails, Unset):
        json_emails = emails

    params["emails"] = json_emails

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            client_id=path_segment("client_id", client_id),
        ),
        "params": params,
        "headers": headers,
    }
    return _kwargs


def _parse_envelope(data: Any) -> GetManagedUsersOutput:
    response_200 = GetManagedUsersOutput.from_dict(data)

    return response_200


def _parse(data: Any) -> list[ManagedUserOutput]:
    """The envelope's ``data`` (the envelope's ``status`` is always ``success`` here)."""
    return _parse_envelope(data).data


def _parse_page(data: Any) -> tuple[list[ManagedUserOutput], Mapping[str, Any] | None]:
    """One page: its items and the server's ``pagination`` object, if it sent one."""
    pagination = data.get("pagination") if isinstance(data, dict) else None
    pagination = pagination if isinstance(pagination, Mapping) else None
    return list(_parse(data)), pagination
